import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type ReconciliationResult,
  recordReconciliationStep,
} from "../steps/record-reconciliation"

// Keeps the outcome of a reconciliation pass for bureau users and operators.
export const recordReconciliationWorkflow = createWorkflow(
  "record-reconciliation",
  (input: ReconciliationResult) =>
    new WorkflowResponse(recordReconciliationStep(input))
)
