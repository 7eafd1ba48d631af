import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"

export type TraceEventInput = {
  batch_id: string
  type: "harvested" | "inspected" | "packed" | "shipped" | "received"
  occurred_at: Date | string
  place: string
  actor: string
  note?: string | null
  attachments?: { url: string; label?: string }[] | null
  corrects_event_id?: string | null
  correction_reason?: string | null
}

// Appends one event. No compensation: the table is append-only (a trigger
// refuses deletes), so this is the last write of its workflow but the audit.
export const createTraceEventStep = createStep(
  "create-trace-event",
  async (input: TraceEventInput, { container }) => {
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const event = await batches.createTraceEvents({
      ...input,
      occurred_at: new Date(input.occurred_at),
      // A list in a json column; the DML types json as a record.
      attachments: (input.attachments ?? null) as unknown as Record<
        string,
        unknown
      > | null,
    })
    return new StepResponse(event)
  }
)
