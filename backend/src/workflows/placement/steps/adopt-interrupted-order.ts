import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  lineQuantity,
  type OrderLine,
} from "../../../lib/attribution/line-quantity"

type Adoption = { order_id: string; cart_id: string }

// Clocks of two server processes may differ a little.
const CLOCK_SKEW_MS = 60_000

// The order an interrupted attempt placed for the cart, if any. Medusa links
// an order to its cart only after creating it, in a separate transaction, so
// an attempt killed in between leaves an order no cart points to, and
// Medusa's completion would place a second one. Such an order belongs to the
// cart's customer, was created after the attempt began, has no cart, and
// holds the cart's lines: it is linked to the cart here, so that Medusa's
// completion returns it instead. Undone by removing that link.
export const adoptInterruptedOrderStep = createStep(
  "adopt-interrupted-order",
  async (input: { cart_id: string; started_at: Date }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: linked } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id: input.cart_id },
    })
    if (linked[0]?.order_id) {
      return adopted(linked[0].order_id as string)
    }
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "items.variant_id", "items.quantity"],
      filters: { id: input.cart_id },
    })
    if (!cart?.customer_id) return adopted(null)
    const since = new Date(new Date(input.started_at).getTime() - CLOCK_SKEW_MS)
    const { data: candidates } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.variant_id",
        "items.quantity",
        "items.detail.quantity",
      ],
      filters: { customer_id: cart.customer_id, created_at: { $gte: since } },
    })
    if (!candidates.length) return adopted(null)
    const { data: carted } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { order_id: candidates.map((o) => o.id) },
    })
    const withCart = new Set(carted.map((l) => l.order_id as string))
    const wanted = lineKey(
      (
        (cart.items ?? []) as ({
          variant_id?: string | null
          quantity?: unknown
        } | null)[]
      ).flatMap((item) =>
        item
          ? [{ variant_id: item.variant_id, quantity: Number(item.quantity) }]
          : []
      )
    )
    const orphan = candidates.find(
      (order) =>
        !withCart.has(order.id) &&
        lineKey(
          ((order.items ?? []) as (OrderLine | null)[]).flatMap((item) =>
            item
              ? [{ variant_id: item.variant_id, quantity: lineQuantity(item) }]
              : []
          )
        ) === wanted
    )
    if (!orphan) return adopted(null)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.ORDER]: { order_id: orphan.id },
      [Modules.CART]: { cart_id: input.cart_id },
    })
    return adopted(orphan.id, { order_id: orphan.id, cart_id: input.cart_id })
  },
  async (adoption, { container }) => {
    if (!adoption) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss({
      [Modules.ORDER]: { order_id: adoption.order_id },
      [Modules.CART]: { cart_id: adoption.cart_id },
    })
  }
)

function adopted(orderId: string | null, undo?: Adoption) {
  return new StepResponse<string | null, Adoption | null>(orderId, undo ?? null)
}

// The lines as a comparable key: variant and quantity, in a fixed order.
function lineKey(
  lines: { variant_id?: string | null; quantity: number }[]
): string {
  return lines
    .map((line) => `${line.variant_id ?? ""}×${line.quantity}`)
    .sort()
    .join(",")
}
