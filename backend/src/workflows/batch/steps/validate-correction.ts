import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"

// No event is added to a voided batch. A correction names an event of the same batch (another batch's event is
// the 404 of a missing one) that no event has corrected yet. The unique
// index on corrects_event_id holds the second rule under concurrency too.
export const validateCorrectionStep = createStep(
  "validate-trace-correction",
  async (
    input: {
      batch_id: string
      corrects_event_id: string | null
      voided_at?: Date | string | null
    },
    { container }
  ) => {
    // A voided batch's record is closed: its trace page says why.
    if (input.voided_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This batch is voided; no event can be added to it"
      )
    }
    if (!input.corrects_event_id) return new StepResponse(null)
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const [target] = await batches.listTraceEvents({
      id: input.corrects_event_id,
      batch_id: input.batch_id,
    })
    if (!target) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `corrects.event_id: event ${input.corrects_event_id} was not found in this batch`
      )
    }
    const [earlier] = await batches.listTraceEvents({
      corrects_event_id: input.corrects_event_id,
    })
    if (earlier) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `corrects.event_id: event ${input.corrects_event_id} is already corrected by ${earlier.id}; correct that one instead`
      )
    }
    return new StepResponse(target)
  }
)
