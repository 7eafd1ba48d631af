import {
  appendTraceEventWorkflow,
  createBatchWorkflow,
} from "../../../backend/src/workflows/batch"
import type { DemoContext } from "./context"
import { PURCHASE_PRICE } from "./linkage"
import type { DemoCooperative, DemoProduct } from "./data/catalog"
import { harvestDays, inspectionBody } from "./data/places"
import type { seededRandom } from "./random"

type Random = ReturnType<typeof seededRandom>

const DAY = 24 * 60 * 60 * 1000

// Two harvests per product (on its first variant) in the product's season,
// supplied by 3–6 member households and sometimes a non-registered
// supplier, from the village of the first of them, inspected by the
// prefecture's one inspection body, then packed and shipped.
export async function ensureBatches(
  ctx: DemoContext,
  cooperative: { id: string; ownerId: string },
  coop: DemoCooperative,
  product: DemoProduct,
  created: { id: string; variants: { id: string; title: string }[] },
  members: string[],
  random: Random,
  now: number
): Promise<number> {
  const variant =
    created.variants.find((v) => v.title === product.variants[0].title) ??
    created.variants[0]
  const query = ctx.container.resolve("query")
  const { data } = await query.graph({
    entity: "variant",
    fields: ["batches.id"],
    filters: { id: variant.id },
  })
  if ((data[0]?.batches ?? []).length) {
    return 0
  }
  const size = product.variants[0].size
  const body = inspectionBody(coop.county_code)
  let made = 0
  for (const harvested of harvestDays(product.handle, now, random)) {
    const items = random.int(40, 160)
    const quantity = items * size
    const suppliers = [...members]
      .sort(() => random.next() - 0.5)
      .slice(0, random.int(3, Math.min(6, members.length)))
    const shares = suppliers.map(() => random.int(5, 20))
    const total = shares.reduce((a, b) => a + b, 0)
    // Households supply 70–100 % of the batch; any rest is the cooperative's own.
    const householdPart = Math.floor(quantity * (0.7 + random.next() * 0.3))
    const contributions: {
      household_id?: string
      supplier_name?: string
      quantity: number
    }[] = suppliers.map((household_id, i) => ({
      household_id,
      quantity: Math.max(1, Math.floor((householdPart * shares[i]) / total)),
    }))
    const rest = Math.floor(
      (quantity - contributions.reduce((a, c) => a + c.quantity, 0)) / 2
    )
    if (rest > 0 && random.next() < 0.3) {
      contributions.push({
        supplier_name: "村集体收购 · village collective",
        quantity: rest,
      })
    }
    const {
      data: [first],
    } = await query.graph({
      entity: "household",
      fields: ["township", "village"],
      filters: { id: suppliers[0] },
    })
    const { result } = await createBatchWorkflow(ctx.container).run({
      input: {
        cooperative_id: cooperative.id,
        actor_id: cooperative.ownerId,
        variant_id: variant.id,
        harvested_at: harvested,
        village: first ? `${first.township}${first.village}` : coop.name,
        quantity,
        unit: product.unit,
        stock_quantity: items,
        purchase_price: PURCHASE_PRICE[product.unit],
        certifications: coop.certifications.map((c) => c.kind),
        inspection: {
          agency: body.agency,
          inspected_at: new Date(harvested.getTime() + 3 * DAY).toISOString(),
          result: "pass",
        },
        contributions,
      },
    })
    const events = [
      { type: "inspected" as const, offset: 3, place: body.place },
      { type: "packed" as const, offset: 5, place: `${coop.name}加工车间` },
      { type: "shipped" as const, offset: 6, place: "成都天府物流园" },
    ]
    for (const event of events) {
      await appendTraceEventWorkflow(ctx.container).run({
        input: {
          batch_id: result.id,
          type: event.type,
          occurred_at: new Date(harvested.getTime() + event.offset * DAY),
          place: event.place,
          actor: coop.name,
          cooperative_id: cooperative.id,
          actor_id: cooperative.ownerId,
        },
      })
    }
    made++
  }
  return made
}
