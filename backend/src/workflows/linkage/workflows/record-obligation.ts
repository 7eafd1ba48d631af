import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createPeriodObligationStep } from "../steps/create-period-obligation"

// A cooperative records what it owes a member for a period under a wage,
// dividend or land-rent agreement.
export const recordObligationWorkflow = createWorkflow(
  "record-obligation",
  (input: {
    agreement_id: string
    cooperative_id: string
    period: string
    due_on: Date | string
    work_days?: number
    surplus?: number
  }) => {
    return new WorkflowResponse(createPeriodObligationStep(input))
  }
)
