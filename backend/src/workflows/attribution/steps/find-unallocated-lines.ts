import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { unallocatedOrderLines } from "../../order/utils/order-reads"

// The order's lines never allocated, each with the batches of its variant
// (see unallocatedOrderLines), so that allocating the same order twice
// allocates nothing.
export const findUnallocatedLinesStep = createStep(
  "find-unallocated-lines",
  async (input: { order_id: string }, { container }) =>
    new StepResponse(await unallocatedOrderLines(container, input.order_id))
)
