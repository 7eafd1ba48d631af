import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inJurisdiction } from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../../../../modules/household"
import type HouseholdModuleService from "../../../../../../modules/household/service"
import { reviewHouseholdWorkflow } from "../../../../../../workflows/household"
import { toHouseholdView } from "../../../../../utils/household-view"
import { resolveBureauCaller } from "../../../../caller"
import type { BureauConfirmMissingType } from "../../../validators"

// The reviewer's decision on a household the registry no longer lists:
// removed — it stays on record, no longer verified (so no longer counted
// as a registered household); kept — it is still registered, the mark
// goes. Audited with the reason. A household not marked missing is a 409;
// one outside the jurisdiction, or none, a 404.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauConfirmMissingType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { decision, reason } = req.validatedBody
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [household] = await households.listHouseholds(
    { id: req.params.id },
    {
      take: 1,
      select: ["id", "county_code", "registry_missing_since", "verification"],
    }
  )
  if (
    !household ||
    !inJurisdiction(household.county_code, caller.jurisdiction_code)
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Household ${req.params.id} was not found`
    )
  }
  if (
    !household.registry_missing_since ||
    household.verification !== "verified"
  ) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "This household is not waiting for a decision on its removal from the registry"
    )
  }
  const { result } = await reviewHouseholdWorkflow(req.scope).run({
    input: {
      household_id: household.id,
      jurisdiction_code: caller.jurisdiction_code,
      actor_id: caller.id,
      action:
        decision === "removed"
          ? "household.registry_removed"
          : "household.registry_kept",
      update:
        decision === "removed"
          ? {
              verification: "rejected",
              verification_note: `removed from the registry: ${reason}`,
            }
          : {
              registry_missing_since: null,
              verification_note: `kept on the registry: ${reason}`,
            },
    },
  })
  res.json({ household: toHouseholdView(result) })
}
