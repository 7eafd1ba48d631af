import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { generateTraceCode } from "../../../backend/src/lib/provenance/trace-code"
import { BATCH_MODULE } from "../../../backend/src/modules/batch"
import type BatchModuleService from "../../../backend/src/modules/batch/service"
import type { Container } from "../demo/context"
import { VILLAGES } from "../demo/data/people"
import { seededRandom } from "../demo/random"
import type { ScaleVariant } from "./products"
import { inChunks } from "./progress"

const DAY = 24 * 3600 * 1000
const CHUNK = 500

export type ScaleBatch = {
  id: string
  variant: ScaleVariant
  harvested_at: number
  quantity: number
  stock_quantity: number
  allocated_quantity: number
  contributions: { household_id: string | null; quantity: number }[]
}

// One harvest batch per synthetic variant, 200–540 days old (so every
// synthetic order can come after it), supplied by 3–6 of the cooperative's
// member households (70–100 % of it) and sometimes a non-registered
// supplier; inspected and packed. Written in bulk through the batch module;
// each batch's units are stocked at the cooperative's location through the
// inventory module, as createBatchWorkflow does one batch at a time.
export async function ensureScaleBatches(
  container: Container,
  logger: Logger,
  variants: ScaleVariant[],
  options: {
    membersOf: (cooperativeId: string) => string[]
    stockPerBatch: number
    now: number
  }
): Promise<ScaleBatch[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const batches = container.resolve<BatchModuleService>(BATCH_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  const stocked = async (ids: string[]) => {
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id", "batches.id"],
      filters: { id: ids },
    })
    return new Set(
      data.filter((v) => (v.batches ?? []).length).map((v) => v.id as string)
    )
  }
  const { data: locations } = await query.graph({
    entity: "cooperative",
    fields: ["id", "stock_location.id"],
    filters: { id: [...new Set(variants.map((v) => v.cooperative.id))] },
  })
  const locationOf = new Map(
    locations.map((c) => [c.id as string, c.stock_location?.id as string])
  )
  const done = await stocked(variants.map((v) => v.id))
  await inChunks(
    logger,
    "batches",
    { from: 0, total: variants.length, size: CHUNK },
    async (start, end) => {
      const todo = variants
        .slice(start, end)
        .map((variant, k) => ({ variant, index: start + k }))
        .filter(({ variant }) => !done.has(variant.id))
      if (!todo.length) return
      const plans = todo.map(({ variant, index }) => {
        const random = seededRandom(300_000 + index)
        const stock =
          options.stockPerBatch + random.int(0, options.stockPerBatch)
        const quantity = stock * variant.size
        const members = options.membersOf(variant.cooperative.id)
        const first = random.int(0, Math.max(0, members.length - 1))
        const suppliers = Array.from(
          { length: Math.min(members.length, random.int(3, 6)) },
          (_, k) => members[(first + k) % members.length]
        )
        const householdPart = Math.floor(quantity * (0.7 + random.next() * 0.3))
        const weights = suppliers.map(() => random.int(5, 20))
        const total = weights.reduce((a, b) => a + b, 0)
        const contributions: {
          household_id: string | null
          supplier_name: string | null
          quantity: number
        }[] = suppliers.map((household_id, k) => ({
          household_id,
          supplier_name: null,
          quantity: Math.max(
            1,
            Math.floor((householdPart * weights[k]) / total)
          ),
        }))
        const rest =
          quantity - contributions.reduce((sum, c) => sum + c.quantity, 0)
        if (rest > 1 && random.next() < 0.3) {
          contributions.push({
            household_id: null,
            supplier_name: "村集体收购 · village collective",
            quantity: Math.floor(rest / 2),
          })
        }
        return {
          variant,
          harvested_at: new Date(options.now - random.int(200, 540) * DAY),
          village: random.pick(VILLAGES),
          quantity,
          stock,
          contributions,
        }
      })
      const created = await batches.createBatches(
        plans.map((p) => ({
          trace_code: generateTraceCode(),
          cooperative_id: p.variant.cooperative.id,
          county_code: p.variant.cooperative.county_code,
          village: p.village,
          harvested_at: p.harvested_at,
          quantity: p.quantity,
          unit: p.variant.unit,
          stock_quantity: p.stock,
          certifications: ["pollution_free"],
          inspection: { agency: "合成数据 · synthetic", result: "pass" },
        }))
      )
      await batches.createBatchContributions(
        plans.flatMap((p, k) =>
          p.contributions.map((c) => ({ ...c, batch_id: created[k].id }))
        )
      )
      await batches.createTraceEvents(
        plans.flatMap((p, k) =>
          (["harvested", "inspected", "packed"] as const).map((type, d) => ({
            batch_id: created[k].id,
            type,
            occurred_at: new Date(p.harvested_at.getTime() + d * 2 * DAY),
            place: p.village,
            actor: "合成数据 · synthetic",
          }))
        )
      )
      await link.create(
        plans.map((p, k) => ({
          [Modules.PRODUCT]: { product_variant_id: p.variant.id },
          [BATCH_MODULE]: { batch_id: created[k].id },
        }))
      )
      const { data: items } = await query.graph({
        entity: "variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: plans.map((p) => p.variant.id) },
      })
      const itemOf = new Map(
        items.map((v) => [
          v.id as string,
          v.inventory_items?.[0]?.inventory_item_id as string,
        ])
      )
      await inventory.createInventoryLevels(
        plans.map((p) => ({
          inventory_item_id: itemOf.get(p.variant.id) as string,
          location_id: locationOf.get(p.variant.cooperative.id) as string,
          stocked_quantity: p.stock,
        }))
      )
    }
  )
  const variantOf = new Map(variants.map((v) => [v.id, v]))
  type StoredBatch = {
    id: string
    harvested_at: string
    quantity: number
    stock_quantity: number
    allocated_quantity: number
    contributions?: ({ household_id: string | null; quantity: number } | null)[]
  }
  const { data } = await query.graph({
    entity: "variant",
    fields: [
      "id",
      "batches.id",
      "batches.harvested_at",
      "batches.quantity",
      "batches.stock_quantity",
      "batches.allocated_quantity",
      "batches.contributions.household_id",
      "batches.contributions.quantity",
    ],
    filters: { id: variants.map((v) => v.id) },
  })
  return (data as { id: string; batches?: (StoredBatch | null)[] }[]).flatMap(
    (v) =>
      (v.batches ?? []).flatMap((b) =>
        b
          ? [
              {
                id: b.id as string,
                variant: variantOf.get(v.id as string) as ScaleVariant,
                harvested_at: new Date(b.harvested_at as string).getTime(),
                quantity: Number(b.quantity),
                stock_quantity: Number(b.stock_quantity),
                allocated_quantity: Number(b.allocated_quantity),
                contributions: (b.contributions ?? []).flatMap((c) =>
                  c
                    ? [
                        {
                          household_id: (c.household_id as string) ?? null,
                          quantity: Number(c.quantity),
                        },
                      ]
                    : []
                ),
              },
            ]
          : []
      )
  )
}

// Sets each synthetic variant's stocked quantity at its cooperative's
// location to its batches' units not yet taken by orders, so the shop still
// sells no more than traced stock after the synthetic history.
export async function syncScaleStock(
  container: Container,
  batches: ScaleBatch[]
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const left = new Map<string, number>()
  for (const b of batches) {
    left.set(
      b.variant.id,
      (left.get(b.variant.id) ?? 0) + b.stock_quantity - b.allocated_quantity
    )
  }
  const variantIds = [...left.keys()]
  for (let start = 0; start < variantIds.length; start += CHUNK) {
    const ids = variantIds.slice(start, start + CHUNK)
    const { data } = await query.graph({
      entity: "variant",
      fields: [
        "id",
        "inventory_items.inventory.location_levels.id",
        "inventory_items.inventory.location_levels.inventory_item_id",
        "inventory_items.inventory.location_levels.location_id",
      ],
      filters: { id: ids },
    })
    type Level = { inventory_item_id: string; location_id: string }
    type Row = {
      id: string
      inventory_items?: ({
        inventory?: { location_levels?: (Level | null)[] } | null
      } | null)[]
    }
    await inventory.updateInventoryLevels(
      (data as Row[]).flatMap((v) =>
        (v.inventory_items ?? []).flatMap((i) =>
          (i?.inventory?.location_levels ?? []).flatMap((level) =>
            level
              ? [
                  {
                    inventory_item_id: level.inventory_item_id as string,
                    location_id: level.location_id as string,
                    stocked_quantity: left.get(v.id as string) ?? 0,
                  },
                ]
              : []
          )
        )
      )
    )
  }
}
