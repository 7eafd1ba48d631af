import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createLinkageAgreementWorkflow } from "../../../workflows/linkage"
import { requireApproved, resolveVendorCaller } from "../caller"
import { AGREEMENT_FIELDS, agreementView } from "../../utils/agreement-view"
import type {
  VendorCreateAgreementType,
  VendorGetAgreementsParamsType,
} from "./validators"

// The cooperative's agreements with its members, newest first; in_force
// keeps those not ended (or only the ended ones).
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetAgreementsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const {
    household_id,
    kind,
    in_force,
    limit = 50,
    offset = 0,
  } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "linkage_agreement",
    fields: AGREEMENT_FIELDS,
    filters: {
      cooperative_id: caller.cooperative.id,
      ...(household_id ? { household_id } : {}),
      ...(kind ? { kind } : {}),
      ...(in_force === "true" ? { ends_on: null } : {}),
      ...(in_force === "false" ? { ends_on: { $ne: null } } : {}),
    },
    pagination: {
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "ASC" },
    },
  })
  res.json({
    agreements: data,
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}

// Records an agreement with a member household (approved cooperatives).
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateAgreementType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { result } = await createLinkageAgreementWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      cooperative_id: caller.cooperative.id,
      created_by: caller.user.id,
    },
  })
  res.status(201).json({ agreement: agreementView(result) })
}
