import { creditCodeFor } from "../../seed/src/demo/cooperatives"
import { type Actor, loginAs, TEST_PASSWORD } from "./actors"
import type { HttpSuite } from "./medusa-app"

// A valid unified social credit code for a farmers' cooperative (type 93)
// registered in `countyCode`; `serial` is 9 characters of the code alphabet.
export function creditCode(countyCode: string, serial: string): string {
  if (!/^[0-9A-HJ-NP-RTUWXY]{9}$/.test(serial)) {
    throw new Error(
      `serial ${serial} must be 9 characters without I, O, S, V, Z`
    )
  }
  return creditCodeFor(countyCode, serial)
}

export type CooperativeTenant = Actor & {
  cooperative: { id: string; county_code: string; handle: string }
}

// Registers a cooperative the way its staff would: emailpass registration,
// POST /vendor/cooperatives with that token, then a fresh login.
export async function registerCooperative(
  request: HttpSuite["request"],
  input: {
    email: string
    name: string
    handle: string
    county_code: string
    serial: string
  }
): Promise<CooperativeTenant> {
  const registration = await request()
    .post("/auth/cooperative_user/emailpass/register")
    .send({ email: input.email, password: TEST_PASSWORD })
  if (registration.status !== 200) {
    throw new Error(
      `register ${input.email}: ${registration.status} ${JSON.stringify(registration.body)}`
    )
  }
  const created = await request()
    .post("/vendor/cooperatives")
    .set("authorization", `Bearer ${registration.body.token}`)
    .send({
      name: input.name,
      handle: input.handle,
      credit_code: creditCode(input.county_code, input.serial),
      county_code: input.county_code,
      contact_email: input.email,
      first_name: "合作社",
      last_name: "理事长",
    })
  if (created.status !== 201) {
    throw new Error(
      `create cooperative ${input.handle}: ${created.status} ${JSON.stringify(created.body)}`
    )
  }
  const actor = await loginAs(request, "cooperative_user", input.email)
  return { ...actor, cooperative: created.body.cooperative }
}

// The reviewer approves the cooperative (it must be in their jurisdiction).
export async function approveCooperative(
  request: HttpSuite["request"],
  reviewer: Actor,
  tenant: CooperativeTenant
): Promise<void> {
  const response = await request()
    .post(`/bureau/cooperatives/${tenant.cooperative.id}/approve`)
    .set(reviewer.headers)
    .send({})
  if (response.status !== 200) {
    throw new Error(
      `approve ${tenant.cooperative.handle}: ${response.status} ${JSON.stringify(response.body)}`
    )
  }
}

// A cooperative registered by its staff and approved by a reviewer the
// operator creates for it: the start of every suite about one approved
// tenant. The cooperative's county must exist already.
export async function registerApprovedCooperative(
  request: HttpSuite["request"],
  operator: Actor,
  cooperative: Parameters<typeof registerCooperative>[1],
  reviewer: { email: string; name: string; jurisdiction_code: string }
): Promise<{ coop: CooperativeTenant; bureau: Actor & { id: string } }> {
  const coop = await registerCooperative(request, cooperative)
  const bureau = await createBureauUser(request, operator, reviewer)
  await approveCooperative(request, bureau, coop)
  return { coop, bureau }
}

// A reviewer created by the operator and signed in through the invite.
export async function createBureauUser(
  request: HttpSuite["request"],
  operator: Actor,
  input: { email: string; name: string; jurisdiction_code: string }
): Promise<Actor & { id: string }> {
  const created = await request()
    .post("/admin/bureau-users")
    .set(operator.headers)
    .send(input)
  if (created.status !== 201) {
    throw new Error(
      `create bureau user: ${created.status} ${JSON.stringify(created.body)}`
    )
  }
  const registration = await request()
    .post("/auth/bureau_user/emailpass/register")
    .send({ email: input.email, password: TEST_PASSWORD })
  const accepted = await request()
    .post("/bureau/invites/accept")
    .set("authorization", `Bearer ${registration.body.token}`)
    .send({ token: created.body.invite_token })
  if (accepted.status !== 200) {
    throw new Error(
      `accept bureau invite: ${accepted.status} ${JSON.stringify(accepted.body)}`
    )
  }
  const actor = await loginAs(request, "bureau_user", input.email)
  return { ...actor, id: created.body.bureau_user.id }
}

export async function createCounties(
  request: HttpSuite["request"],
  operator: Actor,
  counties: object[]
) {
  for (const county of counties) {
    const response = await request()
      .post("/admin/counties")
      .set(operator.headers)
      .send(county)
    if (response.status !== 201) {
      throw new Error(
        `create county: ${response.status} ${JSON.stringify(response.body)}`
      )
    }
  }
}
