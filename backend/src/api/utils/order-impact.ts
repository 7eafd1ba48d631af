import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderImpact } from "@tianfu/domain"
import { impactOf } from "../../lib/attribution/impact"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type AttributionModuleService from "../../modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../modules/household"
import type HouseholdModuleService from "../../modules/household/service"
import { LINKAGE_MODULE } from "../../modules/linkage"
import type LinkageModuleService from "../../modules/linkage/service"

// An order's impact receipt: how many registered households its captured
// money reached, how much went to them, to unverified suppliers and to the
// cooperatives, by county, and what the cooperatives have paid for the
// batches — sums only, never who. The caller has checked who may read it.
export async function orderImpactReceipt(
  container: MedusaContainer,
  orderId: string
): Promise<OrderImpact> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const entries = await ledger.listAttributionEntries(
    { order_id: orderId },
    {
      take: null,
      select: ["household_id", "county_code", "amount", "kind", "batch_id"],
    }
  )
  const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
  const batchPayments = await linkage.batchPayments([
    ...new Set(entries.flatMap((e) => (e.batch_id ? [e.batch_id] : []))),
  ])
  // The order's suppliers not verified against the registry: their shares
  // are no registered household's income.
  const registry: HouseholdModuleService = container.resolve(HOUSEHOLD_MODULE)
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
    order_id: orderId,
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
  return receipt
}
