import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// Another cooperative's product does not exist for the caller, nor does a
// variant of another product; new variants name the product's own options.
export const validateProductOwnerStep = createStep(
  "validate-product-owner",
  async (
    input: {
      product_id: string
      cooperative_id: string
      variant_ids?: string[]
      option_titles?: string[]
    },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "title",
        "status",
        "metadata",
        "cooperative.id",
        "variants.id",
        "options.id",
        "options.title",
      ],
      filters: { id: input.product_id },
    })
    if (!product || product.cooperative?.id !== input.cooperative_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product ${input.product_id} was not found`
      )
    }
    const own = new Set(
      (product.variants ?? []).map((v: { id: string } | null) => v?.id)
    )
    const foreign = (input.variant_ids ?? []).find((id) => !own.has(id))
    if (foreign) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant ${foreign} was not found`
      )
    }
    const titles = new Set(
      (product.options ?? []).map((o: { title: string } | null) => o?.title)
    )
    const unknown = (input.option_titles ?? []).find((t) => !titles.has(t))
    if (unknown !== undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `new_variants: "${unknown}" is not an option of this product`
      )
    }
    return new StepResponse(product)
  }
)
