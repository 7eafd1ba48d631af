import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import {
  type CountyGrantInput,
  createCountyGrantStep,
  revokeCountyGrantStep,
  validateCountyGrantStep,
} from "../steps/county-grants"

type Grant = {
  id: string
  county_code: string
  reason: string
  revoked_at: Date | string | null
}

const auditOf = (input: CountyGrantInput, action: string, grant: Grant) => ({
  actor_type: "bureau_user" as const,
  actor_id: input.actor_id,
  action,
  resource_type: "cooperative",
  resource_id: input.cooperative_id,
  cooperative_id: input.cooperative_id,
  // The granted county's reviewers see the entry in their audit log.
  county_code: grant.county_code,
  after: {
    county_code: grant.county_code,
    reason: input.reason,
    revoked: !!grant.revoked_at,
  },
})

// A reviewer lets a cooperative register and join households in one more
// county of the reviewer's jurisdiction. Granting a county already granted
// changes nothing and answers the grant in force (a repeated call is safe).
export const grantCooperativeCountyWorkflow = createWorkflow(
  "grant-cooperative-county",
  (input: CountyGrantInput) => {
    const { in_force } = validateCountyGrantStep(input)
    const created = when({ in_force }, ({ in_force }) => !in_force).then(() => {
      const grant = createCountyGrantStep(input)
      recordAuditEntryStep(
        transform({ input, grant }, ({ input, grant }) =>
          auditOf(input, "cooperative.county_granted", grant as Grant)
        )
      )
      return grant
    })
    const grant = transform(
      { in_force, created },
      ({ in_force, created }) => (created ?? in_force) as Grant
    )
    return new WorkflowResponse(grant)
  }
)

// Ends a grant in force: the cooperative keeps the members it has there but
// registers and joins no more households in that county.
export const revokeCooperativeCountyWorkflow = createWorkflow(
  "revoke-cooperative-county",
  (input: CountyGrantInput) => {
    const { in_force } = validateCountyGrantStep(input)
    const target = transform({ in_force, input }, ({ in_force, input }) => ({
      id: (in_force?.id as string | undefined) ?? null,
      county_code: input.county_code,
      actor_id: input.actor_id,
    }))
    const grant = revokeCountyGrantStep(target)
    recordAuditEntryStep(
      transform({ input, grant }, ({ input, grant }) =>
        auditOf(input, "cooperative.county_revoked", grant as Grant)
      )
    )
    return new WorkflowResponse(grant)
  }
)
