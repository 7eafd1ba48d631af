import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  protectIdNumber,
  protectPhone,
} from "../../../lib/provenance/household-identity"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { registerHouseholdWorkflow } from "../../../workflows/household"
import {
  HOUSEHOLD_VIEW_FIELDS,
  toHouseholdView,
} from "../../utils/household-view"
import { ownedIds } from "../../utils/owned-ids"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"
import {
  requireApproved,
  resolveVendorCaller,
  type VendorCaller,
} from "../caller"
import type {
  VendorCreateHouseholdType,
  VendorGetHouseholdsParamsType,
} from "./validators"

// The cooperative's member households: ID number and phone masked, the
// head's name in full (its own members).
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetHouseholdsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { status, limit = 20, offset = 0 } = req.validatedQuery
  const ids = await ownedIds(req.scope, caller.cooperative.id, "households")
  if (!ids.length) {
    res.json({ households: [], count: 0, offset, limit })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "household",
    fields: HOUSEHOLD_VIEW_FIELDS,
    filters: { id: ids, ...(status ? { status } : {}) },
    pagination: {
      skip: offset,
      take: limit,
      order: { registry_number: "ASC" },
    },
  })
  res.json({
    households: data.map((h) => toHouseholdView(h, { memberName: true })),
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}

// Registration is one of the two doors to the registry: a refused attempt
// (not approved, a county it does not operate in, a household already
// registered) is audited too, for the reviewer of the county it named —
// the ID number masked, the reason as the cooperative was told it.
async function auditRefusal(
  req: AuthenticatedMedusaRequest<VendorCreateHouseholdType>,
  caller: VendorCaller,
  error: unknown
) {
  if (!MedusaError.isMedusaError(error)) return
  const { registry_number, county_code, id_number } = req.validatedBody
  const audit: AuditModuleService = req.scope.resolve(AUDIT_MODULE)
  await audit.createAuditEntries({
    actor_type: "cooperative_user",
    actor_id: caller.user.id,
    action: "household.registration_refused",
    resource_type: "household",
    resource_id: registry_number,
    cooperative_id: caller.cooperative.id,
    county_code,
    after: {
      registry_number,
      county_code,
      id_number: protectIdNumber(id_number).id_number_masked,
      reason: error.message,
    },
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateHouseholdType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  try {
    res.status(201).json({ household: await register(req, caller) })
  } catch (error) {
    await auditRefusal(req, caller, error)
    throw error
  }
}

async function register(
  req: AuthenticatedMedusaRequest<VendorCreateHouseholdType>,
  caller: VendorCaller
) {
  requireApproved(caller)
  const { id_number, phone, ...household } = req.validatedBody
  // A cooperative registers households of the counties it operates in.
  const cooperatives: CooperativeModuleService =
    req.scope.resolve(COOPERATIVE_MODULE)
  const counties = await cooperatives.operatingCounties(caller.cooperative)
  if (!counties.includes(household.county_code)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "county_code: a cooperative registers households only in counties it operates in (its own, or one a reviewer has granted)"
    )
  }
  const { result } = await registerHouseholdWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
      // Encrypted here, at the edge: plaintext never reaches workflow inputs.
      household: {
        ...household,
        ...protectIdNumber(id_number),
        ...protectPhone(phone),
      },
    },
  })
  return toHouseholdView(result, { memberName: true })
}
