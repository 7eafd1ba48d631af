import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderMoneySnapshot } from "../../../lib/attribution/load-order-money"
import { planOrderLedger } from "../../../lib/attribution/plan-entries"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"

// Brings an order's ledger to what its money says (planOrderLedger: every
// capture and refund has its entries, the ledger holds today's target).
// Idempotent: a replayed or duplicated event finds nothing left to write.
// An order whose current version does not add up (a line twice) writes
// nothing; reconciliation reports it. Append-only: no undo.
export const recordAttributionStep = createStep(
  "record-attribution",
  async (snapshot: OrderMoneySnapshot, { container }) => {
    if (snapshot.inconsistency) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `attribution of ${snapshot.order_id} refused: ${snapshot.inconsistency}`
        )
      return new StepResponse({
        planned: 0,
        written: 0,
        sales: 0,
        refunds: 0,
        refused: true,
      })
    }
    const ledger: AttributionModuleService =
      container.resolve(ATTRIBUTION_MODULE)
    const existing = await ledger.listAttributionEntries(
      { order_id: snapshot.order_id },
      { take: null }
    )
    const posted = existing.map((e) => ({
      line_item_id: e.line_item_id,
      batch_id: e.batch_id,
      household_id: e.household_id,
      cooperative_id: e.cooperative_id,
      county_code: e.county_code,
      amount: e.amount,
      kind: e.kind,
      source_event_id: e.source_event_id,
      occurred_at: new Date(e.occurred_at).toISOString(),
    }))
    const drafts = planOrderLedger(snapshot, posted, new Date().toISOString())
    const written = await ledger.recordEntries(drafts)
    const sum = (kind: string) =>
      written
        .filter((e) => e.kind === kind)
        .reduce((total, e) => total + e.amount, 0)
    return new StepResponse({
      planned: drafts.length,
      written: written.length,
      sales: sum("sale"),
      refunds: sum("refund"),
      refused: false,
    })
  }
)
