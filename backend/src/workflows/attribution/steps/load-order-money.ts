import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderMoney } from "../../../lib/attribution/load-order-money"

// Everything the attribution rule needs about one order (see loadOrderMoney).
export const loadOrderMoneyStep = createStep(
  "load-order-money",
  async (input: { order_id: string }, { container }) =>
    new StepResponse(await loadOrderMoney(container, input.order_id))
)
