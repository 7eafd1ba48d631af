import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inJurisdiction } from "@tianfu/domain"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { assertKnownCounty } from "../../county/assert-known-county"
import { retrieveInJurisdiction } from "../../bureau/utils/retrieve-in-jurisdiction"

export type CountyGrantInput = {
  cooperative_id: string
  county_code: string
  jurisdiction_code: string
  actor_id: string
  reason: string
}

// A reviewer grants or revokes a county of their own jurisdiction for a
// cooperative of their own jurisdiction (any other cooperative is a 404).
// Answers the grant in force for that county, if any.
export const validateCountyGrantStep = createStep(
  "validate-cooperative-county-grant",
  async (input: CountyGrantInput, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const cooperative = await retrieveInJurisdiction<{
      id: string
      county_code: string
    }>(
      container,
      "cooperative",
      input.cooperative_id,
      input.jurisdiction_code,
      ["id", "county_code"]
    )
    if (!inJurisdiction(input.county_code, input.jurisdiction_code)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "county_code: a reviewer grants counties of their own jurisdiction only"
      )
    }
    if (input.county_code === cooperative.county_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "county_code: this is the cooperative's own county"
      )
    }
    await assertKnownCounty(container, input.county_code)
    const [inForce] = await cooperatives.listCooperativeCountyGrants({
      cooperative_id: input.cooperative_id,
      county_code: input.county_code,
      revoked_at: null,
    })
    return new StepResponse({ in_force: inForce ?? null })
  }
)

// Records the grant; compensation deletes it again.
export const createCountyGrantStep = createStep(
  "create-cooperative-county-grant",
  async (input: CountyGrantInput, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const grant = await cooperatives.createCooperativeCountyGrants({
      cooperative_id: input.cooperative_id,
      county_code: input.county_code,
      reason: input.reason,
      granted_by: input.actor_id,
    })
    return new StepResponse(grant, grant.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteCooperativeCountyGrants(id)
  }
)

// Ends a grant (the row stays); compensation puts it back in force.
export const revokeCountyGrantStep = createStep(
  "revoke-cooperative-county-grant",
  async (
    input: { id: string | null; county_code: string; actor_id: string },
    { container }
  ) => {
    if (!input.id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No grant of county ${input.county_code} is in force for this cooperative`
      )
    }
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const grant = await cooperatives.updateCooperativeCountyGrants({
      id: input.id,
      revoked_at: new Date(),
      revoked_by: input.actor_id,
    })
    return new StepResponse(grant, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCooperativeCountyGrants({
      id,
      revoked_at: null,
      revoked_by: null,
    })
  }
)
