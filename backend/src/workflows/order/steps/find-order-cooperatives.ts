import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { unlinkedOrderCooperatives } from "../utils/order-reads"

// The cooperatives whose products are in the order and are not linked to it
// yet, so that handling the same order.placed event twice links nothing new.
export const findOrderCooperativesStep = createStep(
  "find-order-cooperatives",
  async (input: { order_id: string }, { container }) =>
    new StepResponse(await unlinkedOrderCooperatives(container, input.order_id))
)
