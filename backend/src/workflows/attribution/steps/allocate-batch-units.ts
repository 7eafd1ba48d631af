import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"
import type {
  UnitAllocation,
  UnitRequest,
} from "../../../modules/batch/service"

// Promises batch units to order lines, oldest harvest first (see
// BatchModuleService.allocateUnits for the locking). Lines allocated by an
// earlier, interrupted run get their allocations back unchanged; the undo
// removes only the allocations this run created.
export const allocateBatchUnitsStep = createStep(
  "allocate-batch-units",
  async (requests: UnitRequest[], { container }) => {
    if (!requests.length) {
      return new StepResponse([] as UnitAllocation[], [] as string[])
    }
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const { allocations, created_ids } = await batches.allocateUnits(requests)
    return new StepResponse(allocations, created_ids)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    await batches.revertAllocation(createdIds)
  }
)
