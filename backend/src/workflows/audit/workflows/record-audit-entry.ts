import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type AuditEntryInput,
  recordAuditEntryStep,
} from "../steps/record-audit-entry"

// An audit entry on its own, for work done outside one workflow (a
// registry import, written batch by batch, is audited once it completes).
export const recordAuditEntryWorkflow = createWorkflow(
  "record-audit-entry",
  (input: AuditEntryInput) => new WorkflowResponse(recordAuditEntryStep(input))
)
