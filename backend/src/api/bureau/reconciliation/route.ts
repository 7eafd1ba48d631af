import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { latestReconciliation } from "../../utils/reconciliation-view"
import { resolveBureauCaller } from "../caller"

// The latest reconciliation: orders in the jurisdiction whose ledger does
// not match captured minus refunded money (an empty list is the goal).
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  res.json(await latestReconciliation(req.scope, caller.jurisdiction_code))
}
