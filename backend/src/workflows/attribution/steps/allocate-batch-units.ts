import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"
import type {
  UnitAllocation,
  UnitRequest,
} from "../../../modules/batch/service"

// Promises batch units to order lines, oldest harvest first (see
// BatchModuleService.allocateUnits for the locking); undone by releasing them.
export const allocateBatchUnitsStep = createStep(
  "allocate-batch-units",
  async (requests: UnitRequest[], { container }) => {
    if (!requests.length) {
      return new StepResponse([] as UnitAllocation[], [] as UnitAllocation[])
    }
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const allocations = await batches.allocateUnits(requests)
    return new StepResponse(allocations, allocations)
  },
  async (allocations, { container }) => {
    if (!allocations?.length) return
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    await batches.releaseUnits(allocations)
  }
)
