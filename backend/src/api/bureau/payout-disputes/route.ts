import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jurisdictionFilter, maskName } from "@tianfu/domain"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import {
  AGREEMENT_TERM_FIELDS,
  agreementView,
} from "../../utils/agreement-view"
import { resolveBureauCaller } from "../caller"
import type { BureauGetDisputesParamsType } from "./validators"

// Households of the jurisdiction that said a payout did not arrive, or not
// in full, oldest first: each with the payout, its agreement, the
// cooperative, the household (masked) and the resolution once decided.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetDisputesParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { status, limit = 20, offset = 0 } = req.validatedQuery
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const resolutions = await linkage.listLinkageDisputeResolutions(
    {},
    {
      take: null,
      select: ["response_id", "resolution", "reason", "created_at"],
    }
  )
  const decided = new Map(resolutions.map((r) => [r.response_id, r]))
  if (status === "resolved" && !decided.size) {
    res.json({ disputes: [], count: 0, offset, limit })
    return
  }
  const [responses, count] = await linkage.listAndCountLinkagePayoutResponses(
    {
      county_code: jurisdictionFilter(caller.jurisdiction_code),
      outcome: ["not_received", "wrong_amount"],
      ...(status === "resolved" ? { id: [...decided.keys()] } : {}),
      ...(status === "open" && decided.size
        ? { id: { $nin: [...decided.keys()] } }
        : {}),
    },
    { take: limit, skip: offset, order: { created_at: "ASC" } }
  )
  const payouts = responses.length
    ? await linkage.listLinkagePayouts(
        { id: responses.map((r) => r.payout_id) },
        { take: null }
      )
    : []
  const payoutOf = new Map(payouts.map((p) => [p.id, p]))
  // What the reviewer checks a dispute against: the agreement (its terms
  // and signed copy), the payment's receipt, and the batches whose
  // purchase it paid for.
  const [agreements, settlements] = payouts.length
    ? await Promise.all([
        linkage.listLinkageAgreements(
          { id: payouts.map((p) => p.agreement_id) },
          { take: null }
        ),
        linkage.listLinkageSettlements(
          { payout_id: payouts.map((p) => p.id) },
          { take: null, select: ["payout_id", "obligation_id"] }
        ),
      ])
    : [[], []]
  const agreementOf = new Map(agreements.map((a) => [a.id, a]))
  const obligations = settlements.length
    ? await linkage.listLinkageObligations(
        {
          id: settlements.map((s) => s.obligation_id),
          source_type: "batch",
        },
        { take: null, select: ["id", "source_id"] }
      )
    : []
  const batchOfObligation = new Map(obligations.map((o) => [o.id, o.source_id]))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: households }, { data: cooperatives }, { data: batches }] =
    await Promise.all([
      query.graph({
        entity: "household",
        fields: ["id", "registry_number", "head_name", "village"],
        filters: { id: payouts.map((p) => p.household_id) },
      }),
      query.graph({
        entity: "cooperative",
        fields: ["id", "name"],
        filters: { id: payouts.map((p) => p.cooperative_id) },
      }),
      query.graph({
        entity: "batch",
        fields: ["id", "trace_code", "harvested_at"],
        filters: { id: [...new Set(batchOfObligation.values())] },
      }),
    ])
  const batchOf = new Map(batches.map((b) => [b.id as string, b]))
  const batchesOf = (payoutId: string) => [
    ...new Set(
      settlements
        .filter((s) => s.payout_id === payoutId)
        .map((s) => batchOfObligation.get(s.obligation_id))
        .filter((id): id is string => !!id)
    ),
  ]
  const householdOf = new Map(households.map((h) => [h.id as string, h]))
  const cooperativeOf = new Map(cooperatives.map((c) => [c.id as string, c]))
  res.json({
    disputes: responses.map((response) => {
      const payout = payoutOf.get(response.payout_id)
      const household = payout ? householdOf.get(payout.household_id) : null
      const resolution = decided.get(response.id)
      return {
        id: response.id,
        outcome: response.outcome,
        responder: response.responder,
        note: response.note,
        county_code: response.county_code,
        answered_at: response.created_at,
        payout: payout
          ? {
              id: payout.id,
              agreement_id: payout.agreement_id,
              kind: payout.kind,
              amount: payout.amount,
              paid_on: payout.paid_on,
              method: payout.method,
              reference: payout.reference,
              evidence_document_id: payout.evidence_document_id ?? null,
            }
          : null,
        agreement: payout
          ? termsOf(agreementOf.get(payout.agreement_id))
          : null,
        batches: payout
          ? batchesOf(payout.id).map((id) => ({
              id,
              trace_code: batchOf.get(id)?.trace_code ?? null,
              harvested_at: batchOf.get(id)?.harvested_at ?? null,
            }))
          : [],
        cooperative: payout
          ? {
              id: payout.cooperative_id,
              name: cooperativeOf.get(payout.cooperative_id)?.name ?? null,
            }
          : null,
        household: household
          ? {
              id: household.id,
              registry_number: household.registry_number,
              village: household.village,
              head_name: maskName(household.head_name as string),
            }
          : null,
        resolution: resolution
          ? {
              resolution: resolution.resolution,
              reason: resolution.reason,
              resolved_at: resolution.created_at,
            }
          : null,
      }
    }),
    count,
    offset,
    limit,
  })
}

const termsOf = (agreement: object | undefined) =>
  agreement ? agreementView(agreement, AGREEMENT_TERM_FIELDS) : null
