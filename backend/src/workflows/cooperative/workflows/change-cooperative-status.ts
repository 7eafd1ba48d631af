import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import {
  type ChangeCooperativeStatusInput,
  updateCooperativeStatusStep,
  validateCooperativeStatusChangeStep,
} from "../steps/change-cooperative-status"

// A bureau reviewer approves or suspends a cooperative in their jurisdiction
// (a platform operator, whose jurisdiction is everywhere, suspends or
// reinstates one): validate → update → emit event → audit.
export const changeCooperativeStatusWorkflow = createWorkflow(
  "change-cooperative-status",
  (
    input: ChangeCooperativeStatusInput & {
      actor_id: string
      actor_type?: "bureau_user" | "user"
    }
  ) => {
    const before = validateCooperativeStatusChangeStep(input)
    const update = transform({ input }, ({ input }) => ({
      id: input.cooperative_id,
      status: input.status,
      status_reason: input.reason ?? null,
    }))
    const cooperative = updateCooperativeStatusStep(update)
    const event = transform({ input }, ({ input }) => ({
      eventName: `cooperative.${input.status}`,
      data: { id: input.cooperative_id },
    }))
    emitEventStep(event)
    const audit = transform(
      { input, before, cooperative },
      ({ input, before, cooperative }) => ({
        actor_type: input.actor_type ?? ("bureau_user" as const),
        actor_id: input.actor_id,
        action: `cooperative.${input.status}`,
        resource_type: "cooperative",
        resource_id: cooperative.id,
        cooperative_id: cooperative.id,
        county_code: cooperative.county_code,
        before: { status: before.status, status_reason: before.status_reason },
        after: {
          status: cooperative.status,
          status_reason: cooperative.status_reason,
        },
      })
    )
    recordAuditEntryStep(audit)
    return new WorkflowResponse(cooperative)
  }
)
