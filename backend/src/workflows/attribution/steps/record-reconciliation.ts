import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerDifference } from "../utils/reconcile"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"

export type ReconciliationResult = {
  started_at: Date | string
  orders_checked: number
  differences: LedgerDifference[]
}

// Stores one reconciliation run with the differences it found; undone by
// deleting both.
export const recordReconciliationStep = createStep(
  "record-reconciliation",
  async (input: ReconciliationResult, { container }) => {
    const ledger: AttributionModuleService =
      container.resolve(ATTRIBUTION_MODULE)
    const run = await ledger.createReconciliationRuns({
      started_at: new Date(input.started_at),
      finished_at: new Date(),
      orders_checked: input.orders_checked,
      difference_count: input.differences.length,
    })
    const differences = input.differences.length
      ? await ledger.createReconciliationDifferences(
          input.differences.map((d) => ({ ...d, run_id: run.id }))
        )
      : []
    return new StepResponse(
      { run, differences },
      { run_id: run.id, difference_ids: differences.map((d) => d.id) }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger: AttributionModuleService =
      container.resolve(ATTRIBUTION_MODULE)
    await ledger.deleteReconciliationDifferences(undo.difference_ids)
    await ledger.deleteReconciliationRuns(undo.run_id)
  }
)
