import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"
import type { OrderAllocation } from "./find-order-allocations"

// Gives a canceled order's batch units back; undone by holding them again.
export const releaseBatchUnitsStep = createStep(
  "release-batch-units",
  async (allocations: OrderAllocation[], { container }) => {
    if (!allocations.length) return new StepResponse(undefined, [])
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    await batches.releaseUnits(allocations)
    return new StepResponse(undefined, allocations)
  },
  async (allocations, { container }) => {
    if (!allocations?.length) return
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    await batches.holdUnits(allocations)
  }
)
