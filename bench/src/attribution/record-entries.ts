import { ATTRIBUTION_MODULE } from "../../../backend/src/modules/attribution"
import type AttributionModuleService from "../../../backend/src/modules/attribution/service"
import type { EntryInput } from "../../../backend/src/modules/attribution/service"
import { seededRandom } from "../../../seed/src/demo/random"
import { type Summary, summarize, timed } from "../lib/timing"
import type { Container } from "./context"
import { lineTemplates, syntheticOrderEntries } from "./synthetic-orders"

// One synthetic order of exactly `size` entries: synthetic orders' entries
// (whole lines) put under one order id until there are enough.
function orderOf(
  templates: Awaited<ReturnType<typeof lineTemplates>>,
  random: ReturnType<typeof seededRandom>,
  ids: { order: string; now: number },
  size: number
): EntryInput[] {
  const entries: EntryInput[] = []
  for (let part = 0; entries.length < size; part++) {
    entries.push(
      ...syntheticOrderEntries(templates, random, {
        order: `${ids.order}_${part}`,
        now: ids.now,
      })
        .filter((e) => e.kind === "sale")
        .map((e) => ({
          ...e,
          order_id: `synthetic_order_${ids.order}`,
          source_event_id: `synthetic:capture:${ids.order}`,
        }))
    )
  }
  return entries.slice(0, size)
}

// One capture's recordEntries (ledger insert + rollups, one transaction)
// with the full ledger in place: 1 warm-up + `runs` timed, a new order each.
export async function benchRecordEntries(
  container: Container,
  options: { runs: number; size: number; tag: string; now: number }
): Promise<Summary> {
  const ledger: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const templates = await lineTemplates(container)
  const random = seededRandom(30)
  const orders = Array.from({ length: options.runs + 1 }, (_, i) =>
    orderOf(
      templates,
      random,
      { order: `${options.tag}_record_${i}`, now: options.now },
      options.size
    )
  )
  const samples: number[] = []
  for (const [i, entries] of orders.entries()) {
    const { ms, result } = await timed(() => ledger.recordEntries(entries))
    if (result.length !== options.size) {
      throw new Error(`recordEntries wrote ${result.length}/${options.size}`)
    }
    if (i > 0) samples.push(ms)
  }
  return summarize(samples)
}
