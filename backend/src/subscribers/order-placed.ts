import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  allocateOrderWorkflow,
  attributeOrderPaymentsWorkflow,
} from "../workflows/attribution"
import { linkOrderToCooperativesWorkflow } from "../workflows/order"
import {
  orderMoneyMoved,
  unallocatedOrderLines,
  unlinkedOrderCooperatives,
} from "../workflows/order/utils/order-reads"
import { markPlacementHandledWorkflow } from "../workflows/placement"
import { syncSearchAfterUnitsMoved } from "../workflows/search/utils/affected-products"

// Each placed order becomes visible to the cooperatives whose products it
// holds; orders placed outside the storefront checkout (e.g. draft orders)
// get their batch allocation here, and a payment captured at authorisation
// is recognised at once. The last workflow records that the event was
// handled (see the placement model). Search learns of the units taken once
// they are allocated (by checkout, or here).
//
// Each workflow is a no-op when its work is already done, and runs only
// when a one-statement read shows work for it: after a storefront checkout
// the lines are allocated and nothing is captured yet, so only the
// cooperative links and the placement are written. A read that misses
// concurrent work is safe: a capture or refund runs attribution from its
// own event, and allocation and links are re-checked under their workflow.
export default async function orderPlacedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const orderId = event.data.id
  const input = { order_id: orderId }
  if ((await unlinkedOrderCooperatives(container, orderId)).length) {
    await linkOrderToCooperativesWorkflow(container).run({ input })
  }
  if ((await unallocatedOrderLines(container, orderId)).length) {
    await allocateOrderWorkflow(container).run({ input })
  }
  await syncSearchAfterUnitsMoved(container, orderId)
  if (await orderMoneyMoved(container, orderId)) {
    await attributeOrderPaymentsWorkflow(container).run({ input })
  }
  await markPlacementHandledWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: "order.placed" }
