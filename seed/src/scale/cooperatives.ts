import type { Logger } from "@medusajs/framework/types"
import type CooperativeModuleService from "../../../backend/src/modules/cooperative/service"
import type { DemoContext } from "../demo/context"
import { ensureCooperative } from "../demo/cooperatives"
import { DEMO_COUNTIES } from "../demo/data/counties"
import { seededRandom } from "../demo/random"
import { inChunks } from "./progress"

export type ScaleCooperative = {
  id: string
  ownerId: string
  county_code: string
}

const KINDS = [
  "green_food",
  "organic",
  "geographic_indication",
  "pollution_free",
] as const

export const SYNTHETIC_HANDLE = "synthetic-coop-"

// The synthetic cooperatives, registered, approved and certified through the
// same workflows as the demo's (each gets its owner login and stock
// location). Names and handles say they are synthetic.
export async function ensureScaleCooperatives(
  ctx: DemoContext,
  logger: Logger,
  count: number
): Promise<ScaleCooperative[]> {
  const service = ctx.container.resolve<CooperativeModuleService>("cooperative")
  const existing = await service.listCooperatives(
    { handle: { $like: `${SYNTHETIC_HANDLE}%` } },
    { select: ["id", "handle"], take: null }
  )
  const created: ScaleCooperative[] = []
  await inChunks(
    logger,
    "cooperatives",
    { from: Math.min(existing.length, count), total: count, size: 10 },
    async (start, end) => {
      for (let i = start; i < end; i++) {
        const random = seededRandom(7000 + i)
        const county = DEMO_COUNTIES[i % DEMO_COUNTIES.length]
        const serial = String(i).padStart(6, "0")
        await ensureCooperative(ctx, {
          handle: `${SYNTHETIC_HANDLE}${serial}`,
          name: `${county.name_zh}合成示例专业合作社${serial}（合成数据）`,
          county_code: county.code,
          serial: `MA9${serial}`,
          story: "合成数据，仅用于性能测试。Synthetic data for benchmarks.",
          certifications: KINDS.filter(() => random.next() < 0.4).map(
            (kind) => ({ kind, number: `SYN-${kind}-${serial}` })
          ),
          products: [],
        })
      }
    }
  )
  const all = await service.listCooperatives(
    { handle: { $like: `${SYNTHETIC_HANDLE}%` } },
    {
      select: ["id", "handle", "county_code"],
      take: null,
      order: { handle: "ASC" },
    }
  )
  const owners = await service.listCooperativeUsers(
    { cooperative_id: all.map((c) => c.id), role: "owner" },
    { select: ["id", "cooperative_id"], take: null }
  )
  const ownerOf = new Map(owners.map((o) => [o.cooperative_id, o.id]))
  for (const c of all.slice(0, count)) {
    created.push({
      id: c.id,
      ownerId: ownerOf.get(c.id) as string,
      county_code: c.county_code,
    })
  }
  return created
}
