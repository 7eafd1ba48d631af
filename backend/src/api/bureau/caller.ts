import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export type BureauCaller = {
  id: string
  email: string
  name: string
  jurisdiction_code: string
}

// Every /bureau route starts here: the reviewer and their jurisdiction prefix.
export async function resolveBureauCaller(
  req: AuthenticatedMedusaRequest
): Promise<BureauCaller> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [user],
  } = await query.graph({
    entity: "bureau_user",
    fields: ["id", "email", "name", "jurisdiction_code"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!user) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return user as BureauCaller
}
