import type HouseholdModuleService from "../../../backend/src/modules/household/service"
import { idNumberCheckCharacter } from "@tianfu/domain"
import {
  protectIdNumber,
  protectPhone,
} from "../../../backend/src/lib/provenance/household-identity"
import {
  registerHouseholdWorkflow,
  reviewHouseholdWorkflow,
} from "../../../backend/src/workflows/household"
import type { DemoContext } from "./context"
import { POVERTY_CAUSES } from "./data/people"
import { placeIn } from "./data/places"
import type { seededRandom } from "./random"
import { syntheticHeadName, syntheticStatus } from "./synthetic"

export { syntheticHeadName, syntheticStatus }

type Random = ReturnType<typeof seededRandom>

export type DemoHousehold = {
  registry_number: string
  county_code: string
  township: string
  village: string
  head_name: string
  id_number: string
  phone: string
  member_count: number
  poverty_cause: string
  status: "registered" | "lifted" | "monitored" | "returned"
  status_year: number | null
}

// A synthetic card-filed household: valid GB 11643 check digit, deterministic.
export function makeHousehold(
  countyCode: string,
  index: number,
  random: Random
): DemoHousehold {
  const head_name = syntheticHeadName(countyCode, random)
  const birth = `${random.int(1950, 1995)}${String(random.int(1, 12)).padStart(2, "0")}${String(random.int(1, 28)).padStart(2, "0")}`
  const first17 = `${countyCode}${birth}${String(index % 1000).padStart(3, "0")}`
  const status = syntheticStatus(random)
  const place = placeIn(countyCode, random)
  return {
    registry_number: `${countyCode}${String(random.int(1, 6)).padStart(2, "0")}${String(index).padStart(5, "0")}`,
    county_code: countyCode,
    ...place,
    head_name,
    id_number: first17 + idNumberCheckCharacter(first17),
    phone: `1${random.pick(["38", "39", "58", "87", "99"])}${String(random.int(0, 99999999)).padStart(8, "0")}`,
    member_count: random.int(2, 8),
    poverty_cause: random.pick(POVERTY_CAUSES),
    status,
    status_year:
      status === "registered"
        ? null
        : status === "lifted"
          ? random.pick([2019, 2020])
          : 2025,
  }
}

// Registers the cooperative's member households that do not exist yet and
// has the provincial reviewer verify most of them. Returns member ids.
export async function ensureHouseholds(
  ctx: DemoContext,
  cooperative: { id: string; ownerId: string },
  households: DemoHousehold[],
  random: Random
): Promise<string[]> {
  const service = ctx.container.resolve<HouseholdModuleService>("household")
  const existing = await service.listHouseholds({
    registry_number: households.map((h) => h.registry_number),
  })
  const known = new Map(existing.map((h) => [h.registry_number, h.id]))
  const ids: string[] = []
  for (const household of households) {
    const found = known.get(household.registry_number)
    if (found) {
      ids.push(found)
      continue
    }
    const { id_number, phone, status, status_year, ...fields } = household
    const { result } = await registerHouseholdWorkflow(ctx.container).run({
      input: {
        cooperative_id: cooperative.id,
        actor_id: cooperative.ownerId,
        household: {
          ...fields,
          status: "registered",
          ...protectIdNumber(id_number),
          ...protectPhone(phone),
        },
      },
    })
    if (random.next() < 0.85) {
      await reviewHouseholdWorkflow(ctx.container).run({
        input: {
          household_id: result.id,
          jurisdiction_code: "51",
          actor_id: ctx.provinceReviewerId,
          action: "household.verified",
          update: {
            verification: "verified",
            verification_note: "入户核实 · verified on site",
          },
        },
      })
    }
    if (status !== "registered") {
      await reviewHouseholdWorkflow(ctx.container).run({
        input: {
          household_id: result.id,
          jurisdiction_code: "51",
          actor_id: ctx.provinceReviewerId,
          action: "household.status_changed",
          update: { status, status_year },
        },
      })
    }
    ids.push(result.id)
  }
  return ids
}
