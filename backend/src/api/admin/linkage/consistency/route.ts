import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { LINKAGE_MODULE } from "../../../../modules/linkage"
import type LinkageModuleService from "../../../../modules/linkage/service"

// The payout ledger's reconciliation for operators: settlements never
// exceed what was owed or what was paid, and only payments settle; each
// list is empty when the ledger is whole.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const consistency = await linkage.consistency()
  res.json({
    consistent: Object.values(consistency).every((list) => !list.length),
    ...consistency,
  })
}
