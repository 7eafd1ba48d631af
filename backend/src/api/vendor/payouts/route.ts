import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordPayoutWorkflow } from "../../../workflows/linkage"
import { requireApproved, resolveVendorCaller } from "../caller"
import { PAYOUT_FIELDS, payoutView } from "./payout-view"
import type {
  VendorCreatePayoutType,
  VendorGetPayoutsParamsType,
} from "./validators"

// The cooperative's payout ledger, newest payment day first.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetPayoutsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const {
    household_id,
    agreement_id,
    kind,
    limit = 50,
    offset = 0,
  } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "linkage_payout",
    fields: PAYOUT_FIELDS,
    filters: {
      cooperative_id: caller.cooperative.id,
      ...(household_id ? { household_id } : {}),
      ...(agreement_id ? { agreement_id } : {}),
      ...(kind ? { kind } : {}),
    },
    pagination: {
      skip: offset,
      take: limit,
      order: { paid_on: "DESC", created_at: "DESC", id: "ASC" },
    },
  })
  res.json({ payouts: data, count: metadata?.count ?? 0, offset, limit })
}

// Records a payment under an agreement (approved cooperatives). The same
// reference with the same content again writes nothing: 200 with the
// entry already there, instead of 201.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreatePayoutType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { result } = await recordPayoutWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      cooperative_id: caller.cooperative.id,
      recorded_by: caller.user.id,
    },
  })
  res
    .status(result.created ? 201 : 200)
    .json({ payout: payoutView(result.payout) })
}
