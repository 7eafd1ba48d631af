import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"

// Another cooperative's batch does not exist for the caller.
export const validateBatchOwnerStep = createStep(
  "validate-batch-owner",
  async (
    input: { batch_id: string; cooperative_id: string },
    { container }
  ) => {
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const [batch] = await batches.listBatches({
      id: input.batch_id,
      cooperative_id: input.cooperative_id,
    })
    if (!batch) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Batch ${input.batch_id} was not found`
      )
    }
    return new StepResponse(batch)
  }
)
