import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

export type MemberFloor = { agreement_id: string; floor_price: number }

export type PurchaseCheckInput = {
  cooperative_id: string
  harvested_at: Date | string
  // The batch's unit: a floor binds batches counted in the unit it names.
  unit: string
  purchase_price?: number | null
  contributions: { household_id?: string | null; quantity: number }[]
}

// A batch's purchase price against the floors the cooperative guaranteed:
// every contributing member with a purchase agreement in force at harvest,
// in the batch's unit, must be paid at least its floor per unit, so such a batch needs a price,
// and one below the highest floor among them is refused. Answers each
// member's agreement and floor, for the obligations.
export const validatePurchasePriceStep = createStep(
  "validate-purchase-price",
  async (input: PurchaseCheckInput, { container }) => {
    const households = [
      ...new Set(
        input.contributions.flatMap((c) =>
          c.household_id ? [c.household_id] : []
        )
      ),
    ]
    if (!households.length)
      return new StepResponse({} as Record<string, MemberFloor>)
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const harvest = new Date(input.harvested_at)
    const agreements = (
      await linkage.listLinkageAgreements(
        {
          cooperative_id: input.cooperative_id,
          household_id: households,
          kind: "purchase",
          starts_on: { $lte: harvest },
        },
        { take: null }
      )
    ).filter(
      (a) =>
        a.unit === input.unit && (!a.ends_on || new Date(a.ends_on) >= harvest)
    )
    const floor = Math.max(0, ...agreements.map((a) => a.floor_price ?? 0))
    if (agreements.length && !input.purchase_price) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "purchase_price is required: contributing members have a purchase agreement with a floor price"
      )
    }
    if (input.purchase_price && input.purchase_price < floor) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `purchase_price is below the floor price agreed with a contributing member (${floor} fen per unit)`
      )
    }
    return new StepResponse(
      Object.fromEntries(
        agreements.map((a): [string, MemberFloor] => [
          a.household_id,
          { agreement_id: a.id, floor_price: a.floor_price ?? 0 },
        ])
      )
    )
  }
)
