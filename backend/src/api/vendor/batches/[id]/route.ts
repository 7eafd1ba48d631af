import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { maskName } from "@tianfu/domain"
import {
  BATCH_FIELDS,
  contributionsWithShares,
  registeredHouseholdCount,
  timeline,
} from "../../../utils/batch-view"
import { ownedIds } from "../../../utils/owned-ids"
import { resolveVendorCaller } from "../../caller"

// One of the cooperative's batches: contributions with shares (households by
// registry number and name, masked once they are no longer members), the trace timeline, the variant.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [batch],
  } = await query.graph({
    entity: "batch",
    fields: [
      ...BATCH_FIELDS,
      "product_variant.id",
      "product_variant.title",
      "product_variant.product.title",
    ],
    filters: { id: req.params.id, cooperative_id: caller.cooperative.id },
  })
  if (!batch) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Batch ${req.params.id} was not found`
    )
  }
  const contributions = contributionsWithShares(batch.contributions ?? [])
  const householdIds = contributions.flatMap((c) =>
    c.household_id ? [c.household_id] : []
  )
  const [{ data: households }, members] = householdIds.length
    ? await Promise.all([
        query.graph({
          entity: "household",
          fields: ["id", "registry_number", "head_name"],
          filters: { id: householdIds },
        }),
        ownedIds(req.scope, caller.cooperative.id, "households"),
      ])
    : [{ data: [] }, []]
  // A member's name in full (the cooperative knows its members); one that
  // has left since, masked.
  const current = new Set(members)
  const byId = new Map(
    households.map((h) => [
      h.id,
      {
        registry_number: h.registry_number,
        head_name: current.has(h.id) ? h.head_name : maskName(h.head_name),
      },
    ])
  )
  const {
    trace_events: _events,
    contributions: _contributions,
    product_variant,
    ...fields
  } = batch
  res.json({
    batch: {
      ...fields,
      variant: product_variant ?? null,
      registered_households: registeredHouseholdCount(
        batch.contributions ?? []
      ),
      contributions: contributions.map((c) => ({
        ...c,
        household: c.household_id ? (byId.get(c.household_id) ?? null) : null,
      })),
      timeline: timeline(batch),
    },
  })
}
