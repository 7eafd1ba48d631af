import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inJurisdiction } from "@tianfu/domain"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"

// Who decides a join request: a reviewer of the household's county decides
// what a cooperative asked; the cooperative decides what a reviewer
// proposed.
export type JoinDecider =
  | { actor_type: "bureau_user"; jurisdiction_code: string }
  | { actor_type: "cooperative_user"; cooperative_id: string }

// The decider decides a pending request that is theirs to decide (anything
// else is a 404). Approving needs a matched household, in a county the
// cooperative operates in (its own or a granted one), that is not already
// its member.
export const validateJoinDecisionStep = createStep(
  "validate-household-join-decision",
  async (
    input: {
      request_id: string
      decider: JoinDecider
      decision: "approved" | "rejected"
    },
    { container }
  ) => {
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const [request] = await households.listHouseholdJoinRequests({
      id: input.request_id,
    })
    const decider = input.decider
    const theirs =
      request &&
      (decider.actor_type === "bureau_user"
        ? request.initiated_by === "cooperative" &&
          inJurisdiction(request.county_code, decider.jurisdiction_code)
        : request.initiated_by === "bureau" &&
          request.cooperative_id === decider.cooperative_id)
    if (!theirs) {
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
      if (!request.household_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "decision: no registered household matches this request"
        )
      }
      // A reviewer's proposal is accepted only while the household is
      // still on the registry (verified, not marked missing).
      if (request.initiated_by === "bureau") {
        const [household] = await households.listHouseholds(
          { id: request.household_id },
          { select: ["id", "verification", "registry_missing_since"] }
        )
        if (!onRegistry(household)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            "decision: the household is no longer on the registry"
          )
        }
      }
      await assertCanJoin(container, {
        cooperative_id: request.cooperative_id,
        household_id: request.household_id,
        county_code: request.county_code,
        field: "decision",
      })
    }
    return new StepResponse(request)
  }
)

// A household is on the registry while it is verified and no later registry
// file has left it out (marked missing, waiting for a reviewer).
export function onRegistry(
  household:
    | { verification: string; registry_missing_since?: Date | string | null }
    | undefined
): boolean {
  return (
    !!household &&
    household.verification === "verified" &&
    !household.registry_missing_since
  )
}

// A household may join a cooperative: the cooperative is approved, operates
// in the household's county (its own or a granted one) and does not count
// the household among its members yet. Refusals name `field`.
export async function assertCanJoin(
  container: MedusaContainer,
  input: {
    cooperative_id: string
    household_id: string
    county_code: string
    field: string
  }
) {
  const refuse = (why: string) =>
    new MedusaError(MedusaError.Types.NOT_ALLOWED, `${input.field}: ${why}`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: ["id", "county_code", "status", "households.id"],
    filters: { id: input.cooperative_id },
  })
  if (!cooperative) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cooperative ${input.cooperative_id} was not found`
    )
  }
  if (cooperative.status !== "approved") {
    throw refuse("the cooperative is not approved")
  }
  const cooperatives: CooperativeModuleService =
    container.resolve(COOPERATIVE_MODULE)
  const counties = await cooperatives.operatingCounties({
    id: cooperative.id as string,
    county_code: cooperative.county_code as string,
  })
  if (!counties.includes(input.county_code)) {
    throw refuse("the cooperative does not operate in the household's county")
  }
  if (
    (cooperative.households ?? []).some(
      (h: { id: string } | null) => h?.id === input.household_id
    )
  ) {
    throw refuse("the household is already a member")
  }
}
