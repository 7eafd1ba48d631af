import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import {
  createTraceEventStep,
  type TraceEventInput,
} from "../steps/create-trace-event"
import { validateBatchOwnerStep } from "../steps/validate-batch-owner"
import { validateCorrectionStep } from "../steps/validate-correction"

// Adds an EPCIS-style event (inspected, packed, shipped…) to a batch's
// timeline, or a correcting event naming the wrong one and why.
export const appendTraceEventWorkflow = createWorkflow(
  "append-trace-event",
  (input: TraceEventInput & { cooperative_id: string; actor_id: string }) => {
    const batch = validateBatchOwnerStep({
      batch_id: input.batch_id,
      cooperative_id: input.cooperative_id,
    })
    validateCorrectionStep({
      batch_id: input.batch_id,
      voided_at: batch.voided_at,
      corrects_event_id: input.corrects_event_id ?? null,
    })
    const eventInput = transform({ input }, ({ input }) => {
      const { cooperative_id: _c, actor_id: _a, ...event } = input
      return event
    })
    const event = createTraceEventStep(eventInput)
    const audit = transform(
      { input, batch, event },
      ({ input, batch, event }) => ({
        actor_type: "cooperative_user" as const,
        actor_id: input.actor_id,
        action: input.corrects_event_id
          ? "trace_event.corrected"
          : "trace_event.appended",
        resource_type: "batch",
        resource_id: batch.id,
        cooperative_id: input.cooperative_id,
        county_code: batch.county_code,
        after: {
          trace_event_id: event.id,
          type: event.type,
          place: event.place,
          corrects_event_id: input.corrects_event_id ?? null,
          correction_reason: input.correction_reason ?? null,
        },
      })
    )
    recordAuditEntryStep(audit)
    return new WorkflowResponse(event)
  }
)
