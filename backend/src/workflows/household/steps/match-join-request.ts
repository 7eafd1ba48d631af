import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// Which household a join request's proof names: its registry number and the
// HMAC of its head's ID number must both match. No match is not an error,
// and nothing about it reaches the cooperative: the reviewer of the
// cooperative's own county sees the request and turns it down.
export const matchJoinRequestStep = createStep(
  "match-household-join-request",
  async (
    input: {
      registry_number: string
      id_number_hash: string
      cooperative_county: string
    },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [household],
    } = await query.graph({
      entity: "household",
      fields: ["id", "county_code"],
      filters: {
        registry_number: input.registry_number,
        id_number_hash: input.id_number_hash,
      },
    })
    return new StepResponse({
      household_id: (household?.id as string | undefined) ?? null,
      county_code:
        (household?.county_code as string | undefined) ??
        input.cooperative_county,
    })
  }
)
