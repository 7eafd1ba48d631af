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

// One lookup per request, however many middlewares and the handler ask.
const callers = new WeakMap<object, Promise<BureauCaller>>()

// Every /bureau route starts here: the reviewer and their jurisdiction
// prefix, resolved once per request.
export function resolveBureauCaller(
  req: AuthenticatedMedusaRequest
): Promise<BureauCaller> {
  let caller = callers.get(req)
  if (!caller) {
    caller = loadBureauCaller(req)
    callers.set(req, caller)
  }
  return caller
}

async function loadBureauCaller(
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
