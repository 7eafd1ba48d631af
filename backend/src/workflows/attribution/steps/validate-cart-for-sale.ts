import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartLinesNotForSale } from "../../product/utils/for-sale"

// A cart holding a line of a cooperative that may not sell now (suspended
// since the line was added) is not completed: a 400 naming the line, before
// Medusa places anything. Reads only; nothing to undo.
export const validateCartForSaleStep = createStep(
  "validate-cart-for-sale",
  async (input: { cart_id: string }, { container }) => {
    const [line] = await cartLinesNotForSale(container, input.cart_id)
    if (line) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        line.status === "unpublished"
          ? `Line ${line.id} (${line.title}) cannot be bought: the product is not on sale; remove it from the cart`
          : `Line ${line.id} (${line.title}) cannot be bought: its cooperative is not selling now; remove it from the cart`
      )
    }
    return new StepResponse(true)
  }
)
