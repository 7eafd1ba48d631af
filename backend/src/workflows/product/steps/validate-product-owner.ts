import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// Another cooperative's product does not exist for the caller.
export const validateProductOwnerStep = createStep(
  "validate-product-owner",
  async (
    input: { product_id: string; cooperative_id: string },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["id", "title", "status", "metadata", "cooperative.id"],
      filters: { id: input.product_id },
    })
    if (!product || product.cooperative?.id !== input.cooperative_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product ${input.product_id} was not found`
      )
    }
    return new StepResponse(product)
  }
)
