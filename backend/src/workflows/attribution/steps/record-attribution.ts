import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planEntries } from "../../../lib/attribution/plan-entries"
import type { PostedEntry } from "../../../lib/attribution/types"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import type { EntryInput } from "../../../modules/attribution/service"
import type { OrderMoneySnapshot } from "../../../lib/attribution/load-order-money"

// Brings an order's ledger up to date with its payments: the sale once the
// money is captured, then one reversal per refund, each computed from the
// refunds up to and including it. Every event has its own source id
// ("capture:<payment>", "refund:<refund>"), so running this again — for a
// replayed or duplicated event — writes nothing. Append-only: no undo.
export const recordAttributionStep = createStep(
  "record-attribution",
  async (snapshot: OrderMoneySnapshot, { container }) => {
    const ledger: AttributionModuleService =
      container.resolve(ATTRIBUTION_MODULE)
    const existing = await ledger.listAttributionEntries(
      { order_id: snapshot.order_id },
      { take: null }
    )
    const posted: (PostedEntry & { source_event_id: string })[] = existing.map(
      (e) => ({
        line_item_id: e.line_item_id,
        batch_id: e.batch_id,
        household_id: e.household_id,
        cooperative_id: e.cooperative_id,
        county_code: e.county_code,
        amount: e.amount,
        kind: e.kind,
        source_event_id: e.source_event_id,
      })
    )
    const captured = snapshot.payments.reduce((sum, p) => sum + p.captured, 0)
    const firstCapture = snapshot.payments
      .filter((p) => p.captured_at)
      .sort((a, b) => a.captured_at!.localeCompare(b.captured_at!))[0]
    const drafts: EntryInput[] = []
    if (firstCapture) {
      const sale = planEntries(
        {
          order_id: snapshot.order_id,
          lines: snapshot.lines,
          captured,
          refunded: 0,
        },
        posted,
        { kind: "capture", source_event_id: `capture:${firstCapture.id}` }
      )
      posted.push(...sale)
      drafts.push(
        ...sale.map((d) => ({ ...d, occurred_at: firstCapture.captured_at! }))
      )
      let refunded = 0
      for (const refund of snapshot.refunds) {
        refunded += refund.amount
        const reversal = planEntries(
          {
            order_id: snapshot.order_id,
            lines: snapshot.lines,
            captured,
            refunded,
          },
          posted,
          { kind: "refund", source_event_id: `refund:${refund.id}` }
        )
        posted.push(...reversal)
        drafts.push(
          ...reversal.map((d) => ({ ...d, occurred_at: refund.created_at }))
        )
      }
    }
    const written = await ledger.recordEntries(drafts)
    return new StepResponse({ planned: drafts.length, written: written.length })
  }
)
