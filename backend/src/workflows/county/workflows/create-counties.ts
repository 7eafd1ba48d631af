import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createCountiesStep,
  type CreateCountyInput,
} from "../steps/create-counties"

// Platform operators register the counties cooperatives and households sit in.
export const createCountiesWorkflow = createWorkflow(
  "create-counties",
  (input: { counties: CreateCountyInput[] }) => {
    const counties = createCountiesStep(input.counties)
    return new WorkflowResponse(counties)
  }
)
