import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  attributeOrderPaymentsWorkflow,
  releaseOrderAllocationWorkflow,
} from "../workflows/attribution"
import { syncSearchAfterUnitsMoved } from "../workflows/search/utils/affected-products"

// A canceled order gives its batch units back. A cancel before capture never
// wrote ledger entries; after capture Medusa refunds the payment without a
// payment.refunded event, so the reversal is written from here. Search
// learns of the units given back once they are.
export default async function orderCanceledHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const input = { order_id: event.data.id }
  await releaseOrderAllocationWorkflow(container).run({ input })
  await syncSearchAfterUnitsMoved(container, input.order_id)
  await attributeOrderPaymentsWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: "order.canceled" }
