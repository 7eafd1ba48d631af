import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import type { MemberFloor } from "./validate-purchase-price"

// The column is a PostgreSQL integer.
const MAX_OBLIGATION = 2_000_000_000

// What the cooperative owes each registered household for the produce a
// batch took from it: contributed quantity × the batch's purchase price, in
// fen, due at harvest, with what the member's floor price made it worth
// (floor_amount). Nothing without a price. Undone by removing them (the
// batch they belong to is undone too).
export const createBatchObligationsStep = createStep(
  "create-batch-obligations",
  async (
    input: {
      batch: {
        id: string
        cooperative_id: string
        harvested_at: Date | string
        purchase_price?: number | null
      }
      contributions: { household_id?: string | null; quantity: number }[]
      agreements: Record<string, MemberFloor>
    },
    { container }
  ) => {
    const price = input.batch.purchase_price
    const owed = new Map<string, number>()
    for (const c of input.contributions) {
      if (!price || !c.household_id) continue
      owed.set(c.household_id, (owed.get(c.household_id) ?? 0) + c.quantity)
    }
    if (!owed.size) return new StepResponse([] as string[], [] as string[])
    const rows = [...owed].map(([household_id, quantity]) => {
      const amount = quantity * price!
      if (amount > MAX_OBLIGATION) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "purchase_price × a member's contribution is too large for one obligation"
        )
      }
      return {
        cooperative_id: input.batch.cooperative_id,
        household_id,
        agreement_id: input.agreements[household_id]?.agreement_id ?? null,
        floor_amount: input.agreements[household_id]
          ? quantity * input.agreements[household_id].floor_price
          : null,
        kind: "purchase" as const,
        amount,
        source_type: "batch" as const,
        source_id: input.batch.id,
        basis: `${quantity} × ${price} fen`,
        due_on: new Date(input.batch.harvested_at),
      }
    })
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const created = await linkage.createObligations(rows)
    const ids = created.map((o) => o.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await linkage.removeObligations(ids)
  }
)
