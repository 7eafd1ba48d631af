import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { runReconciliation } from "../../../../workflows/attribution/utils/run-reconciliation"
import { latestReconciliation } from "../../../utils/reconciliation-view"

// The latest reconciliation, platform-wide.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json(await latestReconciliation(req.scope))
}

// Runs a reconciliation pass now (the nightly job does the same).
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await runReconciliation(req.scope)
  res.status(201).json(await latestReconciliation(req.scope))
}
