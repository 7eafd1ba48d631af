import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { recordObligationWorkflow } from "../../../workflows/linkage"
import { requireApproved, resolveVendorCaller } from "../caller"
import type {
  VendorCreateObligationType,
  VendorGetObligationsParamsType,
} from "./validators"

// What the cooperative owes its members, oldest due first, each with what
// payments have settled and what is outstanding; open=true keeps those
// still owed.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetObligationsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const {
    household_id,
    kind,
    open,
    limit = 50,
    offset = 0,
  } = req.validatedQuery
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const { obligations, count } = await linkage.obligationBalances(
    {
      cooperative_id: caller.cooperative.id,
      household_id,
      kind,
      open_only: open === "true",
    },
    { limit, offset }
  )
  res.json({ obligations, count, offset, limit })
}

// Records what a wage, dividend or land-rent agreement makes owed for a
// period (approved cooperatives).
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateObligationType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { result } = await recordObligationWorkflow(req.scope).run({
    input: { ...req.validatedBody, cooperative_id: caller.cooperative.id },
  })
  res.status(201).json({ obligation: result })
}
