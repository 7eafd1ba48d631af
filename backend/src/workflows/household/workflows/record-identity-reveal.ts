import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { IdentityRevealPurpose } from "@tianfu/domain"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { validateHouseholdAccessStep } from "../steps/validate-household-access"

export type IdentityReveal = {
  household_id: string
  jurisdiction_code: string
  actor_id: string
  purpose: IdentityRevealPurpose
  note?: string | null
}

// The fields a reveal shows in clear; the audit entry names them.
export const REVEALED_FIELDS = ["head_name", "id_number", "phone"] as const

// A reviewer is about to see a household's identity in clear: the household
// must be in their jurisdiction (else 404, as for an id that never existed),
// and the audit entry — who, which household, why — is written before
// anything is decrypted. The entry carries the county, so every reviewer of
// that county reads it in their audit log. Nothing in clear passes through
// the workflow: the route decrypts only after it has succeeded.
export const recordIdentityRevealWorkflow = createWorkflow(
  "record-identity-reveal",
  (input: IdentityReveal) => {
    const access = transform({ input }, ({ input }) => ({
      household_id: input.household_id,
      jurisdiction_code: input.jurisdiction_code,
    }))
    const household = validateHouseholdAccessStep(access)
    const audit = transform({ input, household }, ({ input, household }) => ({
      actor_type: "bureau_user" as const,
      actor_id: input.actor_id,
      action: "household.identity_revealed",
      resource_type: "household",
      resource_id: household.id,
      county_code: household.county_code,
      before: null,
      after: {
        purpose: input.purpose,
        note: input.note ?? null,
        fields: [...REVEALED_FIELDS],
      },
    }))
    const entry = recordAuditEntryStep(audit)
    return new WorkflowResponse(entry)
  }
)
