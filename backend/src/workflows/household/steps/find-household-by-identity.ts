import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// Joining an existing household needs proof: its registry number and the
// HMAC of its head's ID number must both match. Anything else is a 404.
export const findHouseholdByIdentityStep = createStep(
  "find-household-by-identity",
  async (
    input: {
      registry_number: string
      id_number_hash: string
      cooperative_id: string
    },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [household],
    } = await query.graph({
      entity: "household",
      fields: [
        "id",
        "county_code",
        "registry_number",
        "id_number_masked",
        "cooperatives.id",
      ],
      filters: {
        registry_number: input.registry_number,
        id_number_hash: input.id_number_hash,
      },
    })
    if (!household) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Household ${input.registry_number} was not found`
      )
    }
    if (
      (household.cooperatives ?? []).some(
        (c: { id: string } | null) => c?.id === input.cooperative_id
      )
    ) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Household ${input.registry_number} is already a member`
      )
    }
    return new StepResponse({
      id: household.id as string,
      county_code: household.county_code as string,
      registry_number: household.registry_number as string,
      id_number_masked: household.id_number_masked as string,
    })
  }
)
