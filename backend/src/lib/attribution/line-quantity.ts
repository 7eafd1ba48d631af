import { MedusaError } from "@medusajs/framework/utils"

// An order line as query.graph returns it, with what lineQuantity reads.
export type OrderLine = {
  id: string
  variant_id?: string | null
  quantity?: unknown
  detail?: { quantity?: unknown } | null
}

// An order line's quantity. Medusa keeps it on the order item detail; the
// line item's own `quantity` is not always populated by query.graph.
export function lineQuantity(item: {
  id: string
  quantity?: unknown
  detail?: { quantity?: unknown } | null
}): number {
  const raw = item.quantity ?? item.detail?.quantity
  const quantity = Number(raw === null || raw === undefined ? NaN : String(raw))
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Order line ${item.id} has no usable quantity`
    )
  }
  return quantity
}
