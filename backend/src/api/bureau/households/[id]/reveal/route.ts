import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordIdentityRevealWorkflow } from "../../../../../workflows/household"
import { personalDataKeys } from "../../../../../lib/provenance/household-identity"
import { decryptPersonalData } from "../../../../../lib/provenance/personal-data"
import { resolveBureauCaller } from "../../../caller"
import type { BureauRevealHouseholdIdentityType } from "../../validators"

// A household's head name, ID number and phone in clear, for a reviewer of
// its county who states why (PIPL Art. 28). A POST, so the answer is never
// in a URL, a cache or a prefetch; the audit entry is written first, and a
// household outside the reviewer's jurisdiction is the same 404 as one that
// does not exist.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauRevealHouseholdIdentityType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { purpose, note } = req.validatedBody
  const { result: entry } = await recordIdentityRevealWorkflow(req.scope).run({
    input: {
      household_id: req.params.id,
      jurisdiction_code: caller.jurisdiction_code,
      actor_id: caller.id,
      purpose,
      note: note ?? null,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [household],
  } = await query.graph({
    entity: "household",
    fields: ["id", "head_name", "id_number_encrypted", "phone_encrypted"],
    filters: { id: req.params.id },
  })
  const keys = personalDataKeys()
  res.setHeader("Cache-Control", "no-store")
  res.json({
    identity: {
      household_id: household.id,
      head_name: household.head_name,
      id_number: decryptPersonalData(household.id_number_encrypted, keys),
      phone: household.phone_encrypted
        ? decryptPersonalData(household.phone_encrypted, keys)
        : null,
      purpose,
      audit_entry_id: entry.id,
      revealed_at: entry.created_at,
    },
  })
}
