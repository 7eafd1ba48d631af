import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { HOUSEHOLD_VIEW_FIELDS } from "../../utils/household-view"
import type { VendorCaller } from "../caller"

// The household, if it is a member of the caller's cooperative; any other
// household — another cooperative's member, or none — is the same 404.
export async function memberHousehold(
  req: AuthenticatedMedusaRequest,
  caller: VendorCaller,
  id: string
) {
  const {
    data: [household],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "household",
    fields: [...HOUSEHOLD_VIEW_FIELDS, "cooperatives.id"],
    filters: { id },
  })
  const member = (household?.cooperatives ?? []).some(
    (c: { id: string } | null) => c?.id === caller.cooperative.id
  )
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Household ${id} was not found`
    )
  }
  return household
}
