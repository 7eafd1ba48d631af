import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

// The email an emailpass identity registered with: the only trustworthy way
// to tie a fresh registration to a cooperative user or an invite.
export async function registeredEmail(
  req: AuthenticatedMedusaRequest
): Promise<{ authIdentityId: string; email: string }> {
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(
    req.auth_context.auth_identity_id as string,
    {
      relations: ["provider_identities"],
    }
  )
  const email = identity.provider_identities?.find(
    (p) => p.provider === "emailpass"
  )?.entity_id
  if (!email) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Register with email and password first"
    )
  }
  return { authIdentityId: identity.id, email }
}

export function refuseIfRegistered(req: AuthenticatedMedusaRequest): void {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This login is already registered"
    )
  }
}
