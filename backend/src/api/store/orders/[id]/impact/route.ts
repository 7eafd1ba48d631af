import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { OrderImpact } from "@tianfu/domain"
import { impactOf } from "../../../../../lib/attribution/impact"
import { ATTRIBUTION_MODULE } from "../../../../../modules/attribution"
import type AttributionModuleService from "../../../../../modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../../../../modules/household"
import type HouseholdModuleService from "../../../../../modules/household/service"
import { LINKAGE_MODULE } from "../../../../../modules/linkage"
import type LinkageModuleService from "../../../../../modules/linkage/service"

// The impact receipt of one of the signed-in customer's orders. Anybody
// else's order, or one that does not exist, is a 404.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "payment_status"],
    filters: { id: req.params.id },
  })
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const entries = await ledger.listAttributionEntries(
    { order_id: order.id },
    {
      take: null,
      select: ["household_id", "county_code", "amount", "kind", "batch_id"],
    }
  )
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const batchPayments = await linkage.batchPayments([
    ...new Set(entries.flatMap((e) => (e.batch_id ? [e.batch_id] : []))),
  ])
  // The order's suppliers not verified against the registry: their shares
  // are no registered household's income.
  const registry: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const unverified = await registry.unverifiedHouseholdIds("", [
    ...new Set(
      entries.flatMap((e) => (e.household_id ? [e.household_id] : []))
    ),
  ])
  const impact = impactOf(entries, new Set(unverified))
  const codes = impact.counties.map((c) => c.county_code)
  const { data: counties } = codes.length
    ? await query.graph({
        entity: "county",
        fields: ["code", "name_zh", "name_en"],
        filters: { code: codes },
      })
    : { data: [] }
  const names = new Map(
    (counties as { code: string; name_zh: string; name_en: string }[]).map(
      (c) => [c.code, c]
    )
  )
  const receipt: OrderImpact = {
    order_id: order.id,
    // Nothing is attributed until the payment is captured.
    recognized: entries.length > 0,
    ...impact,
    counties: impact.counties.map((c) => ({
      ...c,
      name_zh: names.get(c.county_code)?.name_zh ?? null,
      name_en: names.get(c.county_code)?.name_en ?? null,
    })),
    batch_payments: batchPayments,
  }
  res.json({ impact: receipt })
}
