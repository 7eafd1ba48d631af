import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

export type AgreementTerms = {
  floor_price?: number | null
  unit?: string | null
  daily_wage?: number | null
  surplus_share_bp?: number | null
  per_share_amount?: number | null
  shares?: number | null
  rent_per_mu?: number | null
  area_centi_mu?: number | null
}

export type CreateAgreementInput = AgreementTerms & {
  cooperative_id: string
  household_id: string
  kind: "purchase" | "wage" | "dividend" | "land_rent"
  starts_on: Date | string
  document_id?: string | null
  created_by: string
}

// Opens an agreement. One of a kind may be in force per household: a
// second is a 409 (the unique index decides when two race). Undone by
// removing it: the run that created it failed, so it never was in force.
export const createAgreementStep = createStep(
  "create-linkage-agreement",
  async (input: CreateAgreementInput, { container }) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const [inForce] = await linkage.listLinkageAgreements(
      {
        cooperative_id: input.cooperative_id,
        household_id: input.household_id,
        kind: input.kind,
        ends_on: null,
      },
      { take: 1, select: ["id"] }
    )
    if (inForce) throw alreadyInForce()
    const agreement = await linkage
      .createLinkageAgreements({
        ...input,
        starts_on: new Date(input.starts_on),
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? alreadyInForce() : error
      })
    return new StepResponse(agreement, agreement.id)
  },
  async (id, { container }) => {
    if (!id) return
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await linkage.deleteLinkageAgreements(id)
  }
)

const alreadyInForce = () =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    "An agreement of this kind is already in force for this household; end it first"
  )

export const isUniqueViolation = (error: unknown) =>
  /duplicate key|unique constraint|already exists/i.test(
    error instanceof Error ? error.message : String(error)
  )
