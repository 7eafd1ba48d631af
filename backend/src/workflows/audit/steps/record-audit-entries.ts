import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"
import type { AuditEntryInput } from "./record-audit-entry"

// Appends several audit entries at once (none when the list is empty);
// like recordAuditEntryStep, always the last step of its workflow.
export const recordAuditEntriesStep = createStep(
  "record-audit-entries",
  async (entries: AuditEntryInput[], { container }) => {
    if (!entries.length) return new StepResponse(0)
    const audit: AuditModuleService = container.resolve(AUDIT_MODULE)
    await audit.createAuditEntries(entries)
    return new StepResponse(entries.length)
  }
)
