import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productsNotForSale } from "../../product/utils/for-sale"

async function cartLines(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.title", "items.product_id"],
    filters: { id: cartId },
  })
  return (
    (cart?.items ?? []) as ({
      id: string
      title: string
      product_id?: string | null
    } | null)[]
  ).flatMap((i) => (i ? [i] : []))
}

// A cart holding a line of a cooperative that may not sell now (suspended
// since the line was added) is not completed: a 400 naming the line, before
// Medusa places anything. Reads only; nothing to undo.
export const validateCartForSaleStep = createStep(
  "validate-cart-for-sale",
  async (input: { cart_id: string }, { container }) => {
    const lines = await cartLines(container, input.cart_id)
    const blocked = await productsNotForSale(
      container,
      lines.flatMap((l) => (l.product_id ? [l.product_id] : []))
    )
    const line = lines.find((l) => l.product_id && blocked.has(l.product_id))
    if (line) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Line ${line.id} (${line.title}) cannot be bought: its cooperative is not selling now; remove it from the cart`
      )
    }
    return new StepResponse(true)
  }
)
