import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { periodObligation, type PeriodFacts } from "@tianfu/domain"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { ownAgreement } from "../utils/own-agreement"
import { isUniqueViolation } from "./create-agreement"

const SOURCE = {
  wage: "work",
  dividend: "surplus",
  land_rent: "lease",
} as const

// What an agreement makes owed for one period (a month's work, a year's
// dividend or lease), computed from its terms (periodObligation). Purchase
// obligations come from batches, not from here. Once per agreement and
// period: a second is a 409. Undone by removing it.
export const createPeriodObligationStep = createStep(
  "create-period-obligation",
  async (
    input: PeriodFacts & {
      agreement_id: string
      cooperative_id: string
      period: string
      due_on: Date | string
    },
    { container }
  ) => {
    const agreement = await ownAgreement(
      container,
      input.agreement_id,
      input.cooperative_id
    )
    if (agreement.kind === "purchase") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "agreement_id: purchase obligations come from batches (their purchase_price)"
      )
    }
    const amount = periodObligation(agreement, input)
    if (!amount) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        agreement.kind === "wage"
          ? "work_days is required for a wage agreement"
          : "surplus is required for a dividend by share of the surplus"
      )
    }
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const [obligation] = await linkage
      .createObligations([
        {
          cooperative_id: input.cooperative_id,
          household_id: agreement.household_id,
          agreement_id: agreement.id,
          kind: agreement.kind,
          amount,
          source_type: SOURCE[agreement.kind],
          source_id: `${agreement.id}:${input.period}`,
          basis:
            agreement.kind === "wage"
              ? `${input.work_days} days × ${agreement.daily_wage} fen`
              : agreement.kind === "dividend" && agreement.surplus_share_bp
                ? `${agreement.surplus_share_bp} bp of ${input.surplus} fen`
                : null,
          due_on: new Date(input.due_on),
        },
      ])
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new MedusaError(
              MedusaError.Types.CONFLICT,
              "An obligation is already recorded for this agreement and period"
            )
          : error
      })
    return new StepResponse(obligation, obligation.id)
  },
  async (id, { container }) => {
    if (!id) return
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await linkage.removeObligations([id])
  }
)
