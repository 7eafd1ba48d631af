import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inJurisdiction } from "@tianfu/domain"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"

// A reviewer decides a pending request in their jurisdiction (anything else
// is a 404). Approving needs a matched household, in a county the
// cooperative operates in (its own or a granted one), that is not already its member.
export const validateJoinDecisionStep = createStep(
  "validate-household-join-decision",
  async (
    input: {
      request_id: string
      jurisdiction_code: string
      decision: "approved" | "rejected"
    },
    { container }
  ) => {
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const [request] = await households.listHouseholdJoinRequests({
      id: input.request_id,
    })
    if (
      !request ||
      !inJurisdiction(request.county_code, input.jurisdiction_code)
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Join request ${input.request_id} was not found`
      )
    }
    if (request.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: the request is already ${request.status}`
      )
    }
    if (input.decision === "approved") {
      const refuse = (why: string) =>
        new MedusaError(MedusaError.Types.NOT_ALLOWED, `decision: ${why}`)
      if (!request.household_id) {
        throw refuse("no registered household matches this request")
      }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cooperative],
      } = await query.graph({
        entity: "cooperative",
        fields: ["id", "county_code", "status", "households.id"],
        filters: { id: request.cooperative_id },
      })
      if (cooperative?.status !== "approved") {
        throw refuse("the cooperative is not approved")
      }
      const cooperatives: CooperativeModuleService =
        container.resolve(COOPERATIVE_MODULE)
      const counties = await cooperatives.operatingCounties({
        id: cooperative.id as string,
        county_code: cooperative.county_code as string,
      })
      if (!counties.includes(request.county_code)) {
        throw refuse(
          "the cooperative does not operate in the household's county"
        )
      }
      if (
        (cooperative.households ?? []).some(
          (h: { id: string } | null) => h?.id === request.household_id
        )
      ) {
        throw refuse("the household is already a member")
      }
    }
    return new StepResponse(request)
  }
)
