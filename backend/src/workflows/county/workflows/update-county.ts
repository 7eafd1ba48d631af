import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateCountyStep,
  type UpdateCountyInput,
} from "../steps/update-county"

// Corrects a county's names, poverty status or story; the code never changes.
export const updateCountyWorkflow = createWorkflow(
  "update-county",
  (input: UpdateCountyInput) => {
    const county = updateCountyStep(input)
    return new WorkflowResponse(county)
  }
)
