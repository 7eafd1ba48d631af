import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { changeCooperativeStatusWorkflow } from "../../../workflows/cooperative"
import { toCooperativeView } from "../../utils/cooperative-view"
import type { AdminChangeCooperativeStatusType } from "./validators"

// An operator suspends an approved (or pending) cooperative, or reinstates a
// suspended one: the bureau's workflow with the whole country as the
// jurisdiction, audited as the operator.
export async function operatorChangeStatus(
  req: AuthenticatedMedusaRequest<AdminChangeCooperativeStatusType>,
  change: "suspend" | "reinstate"
) {
  const { result } = await changeCooperativeStatusWorkflow(req.scope).run({
    input: {
      cooperative_id: req.params.id,
      jurisdiction_code: null,
      status: change === "suspend" ? "suspended" : "approved",
      allowed_from: change === "suspend" ? undefined : ["suspended"],
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
      actor_type: "user",
    },
  })
  return { cooperative: toCooperativeView(result) }
}
