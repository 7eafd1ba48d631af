import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"

// Gives a canceled order's batch units back, line by line; releasing a line
// twice releases nothing the second time. Undone by holding the units again.
export const releaseBatchUnitsStep = createStep(
  "release-batch-units",
  async (lineItemIds: string[], { container }) => {
    if (!lineItemIds.length) return new StepResponse([] as string[], [])
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const released = await batches.releaseLines(lineItemIds)
    return new StepResponse(released, released)
  },
  async (released, { container }) => {
    if (!released?.length) return
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    await batches.revertRelease(released)
  }
)
