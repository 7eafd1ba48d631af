import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export type VendorCaller = {
  user: { id: string; email: string; role: "owner" | "member" }
  cooperative: {
    id: string
    name: string
    status: "pending" | "approved" | "suspended"
    county_code: string
  }
}

// One lookup per request, however many middlewares and the handler ask.
const callers = new WeakMap<object, Promise<VendorCaller>>()

// Every /vendor route starts here: the signed-in cooperative user and the
// one cooperative all of its reads and writes are scoped to. Resolved once
// per request (the first middleware that asks pays the query); later calls
// answer from memory.
export function resolveVendorCaller(
  req: AuthenticatedMedusaRequest
): Promise<VendorCaller> {
  let caller = callers.get(req)
  if (!caller) {
    caller = loadVendorCaller(req)
    callers.set(req, caller)
  }
  return caller
}

async function loadVendorCaller(
  req: AuthenticatedMedusaRequest
): Promise<VendorCaller> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [user],
  } = await query.graph({
    entity: "cooperative_user",
    fields: [
      "id",
      "email",
      "role",
      "cooperative.id",
      "cooperative.name",
      "cooperative.status",
      "cooperative.county_code",
    ],
    filters: { id: req.auth_context.actor_id },
  })
  if (!user?.cooperative) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return {
    user: { id: user.id, email: user.email, role: user.role },
    cooperative: user.cooperative,
  } as VendorCaller
}

// Shipping needs a cooperative that was approved; a suspended one still
// ships the orders it has (a pending one has none).
export function requireOnceApproved(caller: VendorCaller): void {
  if (caller.cooperative.status === "pending") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The cooperative is ${caller.cooperative.status}; this needs an approved cooperative`
    )
  }
}

// Registering and joining households needs an approved cooperative.
export function requireApproved(caller: VendorCaller): void {
  if (caller.cooperative.status !== "approved") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The cooperative is ${caller.cooperative.status}; this needs an approved cooperative`
    )
  }
}
