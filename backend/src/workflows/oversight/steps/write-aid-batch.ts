import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OVERSIGHT_MODULE } from "../../../modules/oversight"
import type OversightModuleService from "../../../modules/oversight/service"
import type { AidInput } from "../../../modules/oversight/service"

// Writes a batch of aid records (one transaction); undone by deleting the
// records it created and putting back those it changed.
export const writeAidBatchStep = createStep(
  "write-aid-batch",
  async (
    input: { rows: AidInput[]; import_id: string | null; recorded_by: string },
    { container }
  ) => {
    const oversight: OversightModuleService =
      container.resolve(OVERSIGHT_MODULE)
    const result = await oversight.writeAidBatch(input)
    return new StepResponse(result, {
      created: result.created,
      previous: result.previous,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const oversight: OversightModuleService =
      container.resolve(OVERSIGHT_MODULE)
    await oversight.undoAidBatch(undo)
  }
)
