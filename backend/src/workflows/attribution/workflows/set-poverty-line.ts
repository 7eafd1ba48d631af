import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type PovertyLineInput,
  upsertPovertyLineStep,
} from "../steps/upsert-poverty-line"

// An operator sets the poverty line (fen per person per year) for a year.
export const setPovertyLineWorkflow = createWorkflow(
  "set-poverty-line",
  (input: PovertyLineInput) =>
    new WorkflowResponse(upsertPovertyLineStep(input))
)
