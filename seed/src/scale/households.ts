import { Readable } from "node:stream"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { idNumberCheckCharacter } from "@tianfu/domain"
import { COOPERATIVE_MODULE } from "../../../backend/src/modules/cooperative"
import { HOUSEHOLD_MODULE } from "../../../backend/src/modules/household"
import type HouseholdModuleService from "../../../backend/src/modules/household/service"
import { runRegistryImport } from "../../../backend/src/workflows/household/utils/run-registry-import"
import type { Container } from "../demo/context"
import { POVERTY_CAUSES, TOWNSHIPS, VILLAGES } from "../demo/data/people"
import { syntheticHeadName, syntheticStatus } from "../demo/households"
import { seededRandom } from "../demo/random"
import type { ScaleCooperative } from "./cooperatives"
import { inChunks, progressBar } from "./progress"

export const SYNTHETIC_REGISTRY = "SYN-"
const CHUNK = 2000
const DAY = 24 * 3600 * 1000
const BIRTH_EPOCH = Date.UTC(1950, 0, 1)

// The registry file's header (our field names; the importer takes the
// Chinese ones as well).
const REGISTRY_HEADER =
  "registry_number,head_name,id_number,phone,member_count,county_code,township,village,poverty_cause,year_identified,year_lifted,status\n"

// Household i of the scale seed as a row of a county registry: its county
// is that of the cooperative it joins (cooperatives are spread over the
// counties in turn). ID numbers are synthetic but valid (GB 11643 check
// digit) and never collide with the demo's: sequence numbers 300–999 are
// the scale seed's, 000–299 the demo's.
export function scaleRegistryRow(i: number, cooperative: ScaleCooperative) {
  const random = seededRandom(900_001 + i)
  const county = cooperative.county_code
  const birth = new Date(BIRTH_EPOCH + Math.floor(i / 700) * DAY)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, "")
  const first17 = `${county}${birth}${300 + (i % 700)}`
  const status = syntheticStatus(random)
  return [
    `${SYNTHETIC_REGISTRY}${county}-${String(i).padStart(7, "0")}`,
    syntheticHeadName(county, random),
    first17 + idNumberCheckCharacter(first17),
    `1${random.pick(["38", "39", "58"])}${String(random.int(0, 99_999_999)).padStart(8, "0")}`,
    random.int(2, 8),
    county,
    random.pick(TOWNSHIPS),
    random.pick(VILLAGES),
    random.pick(POVERTY_CAUSES),
    2014,
    status === "lifted" ? 2020 : "",
    status,
  ].join(",")
}

// Household i's cooperative: households are dealt to cooperatives in turn.
export const cooperativeOfHousehold = (
  i: number,
  cooperatives: ScaleCooperative[]
) => cooperatives[i % cooperatives.length]

// The missing synthetic households, imported through the registry
// importer (the same code, checks and speed as a bureau's upload: IDs and
// phones encrypted and hashed at the edge, batches of 500 through the
// import workflow) by the province's reviewer, then each linked to its
// cooperative. Returns every synthetic household in generation order.
export async function ensureScaleHouseholds(
  container: Container,
  logger: Logger,
  cooperatives: ScaleCooperative[],
  count: number,
  reviewerId: string
): Promise<{ id: string; county_code: string }[]> {
  const service = container.resolve<HouseholdModuleService>(HOUSEHOLD_MODULE)
  const synthetic = () =>
    service.listHouseholds(
      { registry_number: { $like: `${SYNTHETIC_REGISTRY}%` } },
      { select: ["id", "registry_number", "county_code"], take: null }
    )
  const existing = await synthetic()
  if (existing.length < count) {
    const from = existing.length
    const progress = progressBar(logger, "households", count)
    progress(from)
    const rows = Readable.from(
      (function* () {
        yield REGISTRY_HEADER
        let chunk = ""
        for (let i = from; i < count; i++) {
          chunk += `${scaleRegistryRow(i, cooperativeOfHousehold(i, cooperatives))}\n`
          if ((i + 1) % CHUNK === 0 || i === count - 1) {
            yield chunk
            chunk = ""
            progress(i + 1)
          }
        }
      })()
    )
    const opened = await service.createRegistryImports({
      bureau_user_id: reviewerId,
      jurisdiction_code: "51",
      filename: "seed-scale.csv",
    })
    // Not a county's whole registry: nothing is marked missing from it.
    const done = await runRegistryImport(
      container,
      opened.id,
      { id: reviewerId, jurisdiction_code: "51" },
      rows,
      { markMissing: false, maxRows: Infinity }
    )
    if (done.status !== "completed" || done.rows_failed) {
      throw new Error(
        `seed:scale households: the registry import ${done.status} (${done.rows_failed} rows refused${done.failure ? `; ${done.failure}` : ""})`
      )
    }
  }
  const all = (await synthetic())
    .map((h) => ({
      id: h.id,
      county_code: h.county_code,
      // Registry numbers end in the generation index.
      i: Number(h.registry_number.slice(-7)),
    }))
    .sort((a, b) => a.i - b.i)
  // Memberships: each household joins its cooperative once.
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const linked = new Set<string>(
    (
      await knex.raw(
        `select household_id from cooperative_cooperative_household_household
          where deleted_at is null and household_id in
            (select id from household where registry_number like ?)`,
        [`${SYNTHETIC_REGISTRY}%`]
      )
    ).rows.map((r: { household_id: string }) => r.household_id)
  )
  const unlinked = all.filter((h) => !linked.has(h.id))
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await inChunks(
    logger,
    "memberships",
    { from: 0, total: unlinked.length, size: CHUNK },
    async (start, end) => {
      await link.create(
        unlinked.slice(start, end).map((h) => ({
          [COOPERATIVE_MODULE]: {
            cooperative_id: cooperativeOfHousehold(h.i, cooperatives).id,
          },
          [HOUSEHOLD_MODULE]: { household_id: h.id },
        }))
      )
    }
  )
  return all.map(({ id, county_code }) => ({ id, county_code }))
}
