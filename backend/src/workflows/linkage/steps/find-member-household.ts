import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

// The household, if it is a member of the cooperative. Any other household
// — another cooperative's member, or none at all — is the same 404.
export const findMemberHouseholdStep = createStep(
  "find-member-household",
  async (
    input: { cooperative_id: string; household_id: string },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cooperative],
    } = await query.graph({
      entity: "cooperative",
      fields: ["households.id", "households.county_code"],
      filters: { id: input.cooperative_id },
    })
    const household = (
      (cooperative?.households ?? []) as ({
        id: string
        county_code: string
      } | null)[]
    ).find((h) => h?.id === input.household_id)
    if (!household) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Household was not found among the cooperative's members"
      )
    }
    return new StepResponse(household)
  }
)
