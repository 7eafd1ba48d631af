import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"

export type AuditEntryInput = {
  actor_type: "cooperative_user" | "bureau_user" | "user"
  actor_id: string
  action: string
  resource_type: string
  resource_id: string
  cooperative_id?: string | null
  county_code?: string | null
  // Callers pass views with personal data already masked.
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
}

// Appends one audit entry. Always the last step of a workflow: entries are
// append-only (a database trigger refuses deletes), so nothing may fail after.
export const recordAuditEntryStep = createStep(
  "record-audit-entry",
  async (input: AuditEntryInput, { container }) => {
    const audit: AuditModuleService = container.resolve(AUDIT_MODULE)
    const entry = await audit.createAuditEntries(input)
    return new StepResponse(entry)
  }
)
