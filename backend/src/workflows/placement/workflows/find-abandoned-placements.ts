import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findAbandonedPlacementsStep } from "../steps/find-abandoned-placements"

// The carts the mend-placements job finishes, oldest first.
export const findAbandonedPlacementsWorkflow = createWorkflow(
  "find-abandoned-placements",
  (input: { now: Date }) =>
    new WorkflowResponse(findAbandonedPlacementsStep(input))
)
