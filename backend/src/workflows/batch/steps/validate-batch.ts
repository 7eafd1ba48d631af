import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ContributionInput = {
  household_id?: string | null
  supplier_name?: string | null
  quantity: number
}

export type ValidateBatchInput = {
  cooperative_id: string
  variant_id: string
  quantity: number
  contributions: ContributionInput[]
}

// Everything a batch needs before anything is written: the variant is the
// cooperative's own (else 404), it tracks inventory, the contributions fit
// in the batch, and every household contributing is a member.
export const validateBatchStep = createStep(
  "validate-batch",
  async (input: ValidateBatchInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "variant",
      fields: [
        "id",
        "manage_inventory",
        "product.id",
        "inventory_items.inventory_item_id",
      ],
      filters: { id: input.variant_id },
    })
    const {
      data: [cooperative],
    } = await query.graph({
      entity: "cooperative",
      fields: [
        "id",
        "county_code",
        "products.id",
        "households.id",
        "stock_location.id",
      ],
      filters: { id: input.cooperative_id },
    })
    const owns = (cooperative?.products ?? []).some(
      (p: { id: string } | null) => p?.id === variant?.product?.id
    )
    if (!variant || !owns) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant ${input.variant_id} was not found`
      )
    }
    const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
    if (!variant.manage_inventory || !inventoryItemId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "variant_id must be a variant that manages inventory"
      )
    }
    const total = input.contributions.reduce((sum, c) => sum + c.quantity, 0)
    if (total > input.quantity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `contributions add up to ${total}, more than the batch quantity ${input.quantity}`
      )
    }
    const members = new Set(
      (cooperative.households ?? []).map((h: { id: string } | null) => h?.id)
    )
    input.contributions.forEach((contribution, index) => {
      if (
        contribution.household_id &&
        !members.has(contribution.household_id)
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `contributions[${index}].household_id is not a member household of this cooperative`
        )
      }
    })
    if (!cooperative.stock_location?.id) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The cooperative has no stock location"
      )
    }
    return new StepResponse({
      inventory_item_id: inventoryItemId as string,
      location_id: cooperative.stock_location.id as string,
      county_code: cooperative.county_code as string,
    })
  }
)
