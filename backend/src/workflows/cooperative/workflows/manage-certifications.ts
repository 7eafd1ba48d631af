import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import {
  type CertificationInput,
  createCertificationStep,
  removeCertificationStep,
} from "../steps/certifications"

// A cooperative records a certification (green food, organic, GI…).
export const addCertificationWorkflow = createWorkflow(
  "add-cooperative-certification",
  (input: CertificationInput & { actor_id: string }) => {
    const certificationInput = transform({ input }, ({ input }) => {
      const { actor_id: _actor, ...certification } = input
      return certification
    })
    const certification = createCertificationStep(certificationInput)
    const audit = transform(
      { input, certification },
      ({ input, certification }) => ({
        actor_type: "cooperative_user" as const,
        actor_id: input.actor_id,
        action: "certification.added",
        resource_type: "cooperative_certification",
        resource_id: certification.id,
        cooperative_id: input.cooperative_id,
        after: {
          kind: certification.kind,
          number: certification.number,
          expires_at: certification.expires_at,
        },
      })
    )
    recordAuditEntryStep(audit)
    return new WorkflowResponse(certification)
  }
)

// A cooperative withdraws one of its certifications.
export const removeCertificationWorkflow = createWorkflow(
  "remove-cooperative-certification",
  (input: { id: string; cooperative_id: string; actor_id: string }) => {
    const removed = removeCertificationStep({
      id: input.id,
      cooperative_id: input.cooperative_id,
    })
    const audit = transform({ input, removed }, ({ input, removed }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "certification.removed",
      resource_type: "cooperative_certification",
      resource_id: input.id,
      cooperative_id: input.cooperative_id,
      before: { kind: removed.kind, number: removed.number },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(removed)
  }
)
