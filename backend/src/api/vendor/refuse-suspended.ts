import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolveVendorCaller } from "./caller"

// A suspended cooperative reads, and ships and refunds the orders it already
// has, but writes nothing else (products, variants, batches, trace events,
// households, invites, its profile) until it is reinstated.
export async function refuseSuspendedWrites(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  // Runs after the /vendor/* authenticate middleware, which set auth_context.
  const caller = await resolveVendorCaller(req as AuthenticatedMedusaRequest)
  if (caller.cooperative.status === "suspended") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Cooperative suspended: only its existing orders can be shipped until it is reinstated"
    )
  }
  next()
}
