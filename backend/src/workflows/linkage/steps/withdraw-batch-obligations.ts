import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

// What a voided batch made the cooperative owe its members is withdrawn,
// unless a payment settled any of it (then the void is refused). Undone by
// writing the same obligations back.
export const withdrawBatchObligationsStep = createStep(
  "withdraw-batch-obligations",
  async (input: { batch_id: string }, { container }) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const removed = await linkage.withdrawBatchObligations(input.batch_id)
    return new StepResponse(removed, removed)
  },
  async (removed, { container }) => {
    if (!removed?.length) return
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await linkage.createObligations(removed)
  }
)
