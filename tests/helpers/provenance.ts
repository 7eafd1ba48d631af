import type { Actor } from "./actors"
import type { CooperativeTenant } from "./tenants"
import { syntheticIdNumber } from "./identities"
import type { HttpSuite } from "./medusa-app"

type Request = HttpSuite["request"]

// A member household registered by its cooperative; `i` makes the registry
// number and the synthetic ID number unique within the county.
export async function addHousehold(
  request: Request,
  tenant: CooperativeTenant,
  county: string,
  i: number
): Promise<string> {
  const sequence = String(i).padStart(3, "0")
  const response = await request()
    .post("/vendor/households")
    .set(tenant.headers)
    .send({
      registry_number: `${county}0101${sequence}`,
      county_code: county,
      township: "乡",
      village: "村",
      head_name: `户主${i}`,
      id_number: syntheticIdNumber(county, "19800101", sequence),
      member_count: 2 + (i % 8),
    })
  if (response.status !== 201) {
    throw new Error(
      `add household: ${response.status} ${JSON.stringify(response.body)}`
    )
  }
  return response.body.household.id as string
}

// A reviewer of the households' county decides on them (as a registry
// import would verify them): only verified households count as registered
// poor households in the figures.
export async function verifyHouseholds(
  request: Request,
  reviewer: Actor,
  ids: string[],
  decision: "verified" | "rejected" = "verified"
): Promise<void> {
  for (const id of ids) {
    const response = await request()
      .post(`/bureau/households/${id}/verify`)
      .set(reviewer.headers)
      .send({ decision })
    if (response.status !== 200) {
      throw new Error(
        `verify household: ${response.status} ${JSON.stringify(response.body)}`
      )
    }
  }
}

export type Contribution =
  | { household_id: string; quantity: number }
  | { supplier_name: string; quantity: number }

// A harvest batch of `quantity` kg feeding the variant's traced stock.
export async function addBatch(
  request: Request,
  tenant: CooperativeTenant,
  variant: string,
  quantity: number,
  contributions: Contribution[],
  // More of the batch (a purchase_price, a harvest date).
  fields: Record<string, unknown> = {}
): Promise<string> {
  const response = await request()
    .post("/vendor/batches")
    .set(tenant.headers)
    .send({
      variant_id: variant,
      harvested_at: "2026-09-20",
      village: "村",
      quantity,
      unit: "kg",
      contributions,
      ...fields,
    })
  if (response.status !== 201) {
    throw new Error(
      `add batch: ${response.status} ${JSON.stringify(response.body)}`
    )
  }
  return response.body.batch.id as string
}
