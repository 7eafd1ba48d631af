import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createBureauUserStep,
  type CreateBureauUserInput,
} from "../steps/create-bureau-user"

// Platform operators create reviewers; each redeems a one-time invite.
export const createBureauUserWorkflow = createWorkflow(
  "create-bureau-user",
  (input: CreateBureauUserInput) => {
    const created = createBureauUserStep(input)
    return new WorkflowResponse(created)
  }
)
