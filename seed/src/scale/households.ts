import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { idNumberCheckCharacter } from "@tianfu/domain"
import {
  protectIdNumber,
  protectPhone,
} from "../../../backend/src/lib/provenance/household-identity"
import { COOPERATIVE_MODULE } from "../../../backend/src/modules/cooperative"
import { HOUSEHOLD_MODULE } from "../../../backend/src/modules/household"
import type HouseholdModuleService from "../../../backend/src/modules/household/service"
import type { Container } from "../demo/context"
import { POVERTY_CAUSES, TOWNSHIPS, VILLAGES } from "../demo/data/people"
import { syntheticHeadName, syntheticStatus } from "../demo/households"
import { seededRandom } from "../demo/random"
import type { ScaleCooperative } from "./cooperatives"
import { inChunks } from "./progress"

export const SYNTHETIC_REGISTRY = "SYN-"
const CHUNK = 2000
const DAY = 24 * 3600 * 1000
const BIRTH_EPOCH = Date.UTC(1950, 0, 1)

// Household i of the scale seed: its county is that of the cooperative it
// joins (cooperatives are spread over the counties in turn). ID numbers are
// synthetic but valid (GB 11643 check digit) and never collide with the
// demo's: sequence numbers 300–999 are the scale seed's, 000–299 the demo's.
export function scaleHousehold(i: number, cooperative: ScaleCooperative) {
  const random = seededRandom(900_001 + i)
  const county = cooperative.county_code
  const birth = new Date(BIRTH_EPOCH + Math.floor(i / 700) * DAY)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, "")
  const first17 = `${county}${birth}${300 + (i % 700)}`
  const status = syntheticStatus(random)
  return {
    registry_number: `${SYNTHETIC_REGISTRY}${county}-${String(i).padStart(7, "0")}`,
    county_code: county,
    township: random.pick(TOWNSHIPS),
    village: random.pick(VILLAGES),
    head_name: syntheticHeadName(county, random),
    ...protectIdNumber(first17 + idNumberCheckCharacter(first17)),
    ...protectPhone(
      `1${random.pick(["38", "39", "58"])}${String(random.int(0, 99_999_999)).padStart(8, "0")}`
    ),
    member_count: random.int(2, 8),
    poverty_cause: random.pick(POVERTY_CAUSES),
    status,
    status_year:
      status === "registered" ? null : status === "lifted" ? 2020 : 2025,
    verification: "verified" as const,
    verification_note: "合成数据 · synthetic",
  }
}

// Household i's cooperative: households are dealt to cooperatives in turn.
export const cooperativeOfHousehold = (
  i: number,
  cooperatives: ScaleCooperative[]
) => cooperatives[i % cooperatives.length]

// Inserts the missing synthetic households in bulk through the household
// module (ID numbers encrypted and hashed exactly as registration does) and
// links each to its cooperative. Returns every synthetic household in
// generation order.
export async function ensureScaleHouseholds(
  container: Container,
  logger: Logger,
  cooperatives: ScaleCooperative[],
  count: number
): Promise<{ id: string; county_code: string }[]> {
  const service = container.resolve<HouseholdModuleService>(HOUSEHOLD_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const existing = await service.listHouseholds(
    { registry_number: { $like: `${SYNTHETIC_REGISTRY}%` } },
    { select: ["id"], take: null }
  )
  await inChunks(
    logger,
    "households",
    { from: Math.min(existing.length, count), total: count, size: CHUNK },
    async (start, end) => {
      const indexes = Array.from({ length: end - start }, (_, k) => start + k)
      const created = await service.createHouseholds(
        indexes.map((i) =>
          scaleHousehold(i, cooperativeOfHousehold(i, cooperatives))
        )
      )
      await link.create(
        created.map((household, k) => ({
          [COOPERATIVE_MODULE]: {
            cooperative_id: cooperativeOfHousehold(indexes[k], cooperatives).id,
          },
          [HOUSEHOLD_MODULE]: { household_id: household.id },
        }))
      )
    }
  )
  const all = await service.listHouseholds(
    { registry_number: { $like: `${SYNTHETIC_REGISTRY}%` } },
    { select: ["id", "registry_number", "county_code"], take: null }
  )
  // Registry numbers end in the generation index.
  return all
    .map((h) => ({
      id: h.id,
      county_code: h.county_code,
      i: Number(h.registry_number.slice(-7)),
    }))
    .sort((a, b) => a.i - b.i)
    .map(({ id, county_code }) => ({ id, county_code }))
}
