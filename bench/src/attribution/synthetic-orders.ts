import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { contributionsWithCounty } from "../../../backend/src/lib/attribution/contributions"
import {
  type MoneyMovement,
  planOrderLedger,
} from "../../../backend/src/lib/attribution/plan-entries"
import type { AttributableLine } from "../../../backend/src/lib/attribution/types"
import type { EntryInput } from "../../../backend/src/modules/attribution/service"
import { seededRandom } from "../../../seed/src/demo/random"
import type { Container } from "./context"

const DAY = 24 * 3600 * 1000
const WINDOW_DAYS = 540
const REFUND_SHARE = 0.1

// Every seeded batch as the line template of a synthetic order: its
// contributors with their counties, its cooperative and that one's county.
export async function lineTemplates(
  container: Container
): Promise<Omit<AttributableLine, "line_item_id" | "net_amount">[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: batches }, { data: cooperatives }, { data: households }] =
    await Promise.all([
      query.graph({
        entity: "batch",
        fields: [
          "id",
          "quantity",
          "cooperative_id",
          "contributions.household_id",
          "contributions.quantity",
        ],
      }),
      query.graph({ entity: "cooperative", fields: ["id", "county_code"] }),
      query.graph({ entity: "household", fields: ["id", "county_code"] }),
    ])
  const countyOf = new Map(
    [...cooperatives, ...households].map((r) => [
      r.id as string,
      r.county_code as string,
    ])
  )
  return (
    batches as {
      id: string
      quantity: number
      cooperative_id: string
      contributions?: ({
        household_id: string | null
        quantity: number
      } | null)[]
    }[]
  ).flatMap((b) => {
    const county = countyOf.get(b.cooperative_id)
    if (!county) return []
    return [
      {
        cooperative_id: b.cooperative_id,
        county_code: county,
        quantity: 1,
        allocations: [
          {
            batch_id: b.id,
            quantity: 1,
            batch_quantity: b.quantity,
            contributions: contributionsWithCounty(
              b.contributions ?? [],
              countyOf
            ),
          },
        ],
      },
    ]
  })
}

// One synthetic order's ledger entries, split by the production rule
// (planOrderLedger): a capture some time in the last 18 months and, for one
// order in ten, a later partial or full refund.
export function syntheticOrderEntries(
  templates: Awaited<ReturnType<typeof lineTemplates>>,
  random: ReturnType<typeof seededRandom>,
  ids: { order: string; now: number }
): EntryInput[] {
  const order_id = `synthetic_order_${ids.order}`
  const lines: AttributableLine[] = Array.from(
    { length: random.int(1, 3) },
    (_, k) => {
      const quantity = random.int(1, 3)
      const template = random.pick(templates)
      return {
        ...template,
        line_item_id: `synthetic_line_${ids.order}_${k}`,
        net_amount: quantity * random.int(1500, 12000),
        quantity,
        allocations: template.allocations.map((a) => ({ ...a, quantity })),
      }
    }
  )
  const net = lines.reduce((sum, l) => sum + l.net_amount, 0)
  const capturedAt = ids.now - 3600e3 - random.next() * WINDOW_DAYS * DAY
  const movements: MoneyMovement[] = [
    {
      kind: "capture",
      id: `synthetic_capture_${ids.order}`,
      payment_id: `synthetic_payment_${ids.order}`,
      amount: net,
      at: new Date(capturedAt).toISOString(),
    },
  ]
  if (random.next() < REFUND_SHARE) {
    const refunded = Math.max(1, Math.round(net * (0.1 + random.next() * 0.9)))
    const refundAt = Math.min(capturedAt + random.int(1, 20) * DAY, ids.now)
    movements.push({
      kind: "refund",
      id: `synthetic_refund_${ids.order}`,
      payment_id: `synthetic_payment_${ids.order}`,
      amount: refunded,
      at: new Date(refundAt).toISOString(),
    })
  }
  // No shipping or tax on synthetic orders: their total is their net.
  const entries: EntryInput[] = planOrderLedger(
    { order_id, lines, total: net, movements },
    [],
    new Date(ids.now).toISOString()
  )
  return entries
}
