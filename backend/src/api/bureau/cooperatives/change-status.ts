import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { changeCooperativeStatusWorkflow } from "../../../workflows/cooperative"
import { toCooperativeView } from "../../utils/cooperative-view"
import { resolveBureauCaller } from "../caller"

// Shared by the approve and suspend routes.
export async function changeStatus(
  req: AuthenticatedMedusaRequest,
  status: "approved" | "suspended",
  reason: string | null
) {
  const caller = await resolveBureauCaller(req)
  const { result } = await changeCooperativeStatusWorkflow(req.scope).run({
    input: {
      cooperative_id: req.params.id,
      jurisdiction_code: caller.jurisdiction_code,
      status,
      reason,
      actor_id: caller.id,
    },
  })
  return { cooperative: toCooperativeView(result) }
}
