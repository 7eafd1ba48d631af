import type { MedusaContainer } from "@medusajs/framework/types"
import { inJurisdiction } from "@tianfu/domain"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type AttributionModuleService from "../../modules/attribution/service"

// The latest reconciliation run and its differences, optionally only those
// touching a jurisdiction's counties. `run` is null before the first pass.
export async function latestReconciliation(
  scope: MedusaContainer,
  jurisdictionCode?: string
) {
  const ledger: AttributionModuleService = scope.resolve(ATTRIBUTION_MODULE)
  const [run] = await ledger.listReconciliationRuns(
    {},
    { order: { started_at: "DESC" }, take: 1 }
  )
  if (!run) return { run: null, differences: [] }
  const differences = (
    await ledger.listReconciliationDifferences(
      { run_id: run.id },
      { take: null, order: { order_id: "ASC" } }
    )
  ).filter(
    (d) =>
      jurisdictionCode === undefined ||
      (d.county_codes as string[]).some((c) =>
        inJurisdiction(c, jurisdictionCode)
      )
  )
  return {
    run: {
      id: run.id,
      started_at: run.started_at,
      finished_at: run.finished_at,
      orders_checked: run.orders_checked,
      difference_count: run.difference_count,
    },
    differences: differences.map((d) => ({
      order_id: d.order_id,
      county_codes: d.county_codes,
      expected: d.expected,
      actual: d.actual,
      difference: d.actual - d.expected,
    })),
  }
}
