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
import { registerHouseholdWorkflow } from "../../../workflows/household"
import {
  HOUSEHOLD_VIEW_FIELDS,
  toHouseholdView,
} from "../../utils/household-view"
import { ownedIds } from "../../utils/owned-ids"
import { requireApproved, resolveVendorCaller } from "../caller"
import type {
  VendorCreateHouseholdType,
  VendorGetHouseholdsParamsType,
} from "./validators"

// The cooperative's member households, masked.
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
    households: data.map(toHouseholdView),
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateHouseholdType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { id_number, phone, ...household } = req.validatedBody
  // A cooperative registers households of the county it operates in.
  if (household.county_code !== caller.cooperative.county_code) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "county_code: a cooperative registers households of its own county only"
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
  res.status(201).json({ household: toHouseholdView(result) })
}
