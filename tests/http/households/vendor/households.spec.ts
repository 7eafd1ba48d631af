import { seedBaseStore } from "../../../../seed/src/base-store"
import { type Actor, operator } from "../../../helpers/actors"
import { BUTUO, CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import { services } from "../../../helpers/services"
import {
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  approveCooperative,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

const ID_NUMBER = syntheticIdNumber("513431", "19850612", "003")
const PHONE = "13812345678"

describeHttp("households", ({ request, getContainer }) => {
  let zhaojue: CooperativeTenant
  let zhaojue2: CooperativeTenant
  let cangxi: CooperativeTenant
  let liangshanBureau: Actor
  let cangxiBureau: Actor
  let householdId: string
  const bodies: string[] = []

  // Every response body this file sees, for the leak assertions at the end.
  const record = <T extends { body: unknown }>(response: T): T => {
    bodies.push(JSON.stringify(response.body))
    return response
  }

  const household = {
    registry_number: "5134310101001",
    county_code: "513431",
    township: "四开乡",
    village: "好谷村",
    head_name: "阿苏拉则",
    id_number: ID_NUMBER,
    phone: PHONE,
    member_count: 5,
    poverty_cause: "缺技术",
  }

  beforeAll(async () => {
    await seedBaseStore(getContainer())
    const admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI, BUTUO])
    zhaojue = await registerCooperative(request, {
      email: "owner@zhaojue.coop",
      name: "昭觉县苦荞合作社",
      handle: "zhaojue",
      county_code: "513431",
      serial: "MA6BQ0001",
    })
    cangxi = await registerCooperative(request, {
      email: "owner@cangxi.coop",
      name: "苍溪县猕猴桃合作社",
      handle: "cangxi",
      county_code: "510824",
      serial: "MA6KW0001",
    })
    liangshanBureau = await createBureauUser(request, admin, {
      email: "reviewer@liangshan.gov",
      name: "凉山州商务局",
      jurisdiction_code: "5134",
    })
    cangxiBureau = await createBureauUser(request, admin, {
      email: "reviewer@cangxi.gov",
      name: "苍溪县商务局",
      jurisdiction_code: "510824",
    })
    zhaojue2 = await registerCooperative(request, {
      email: "owner@zhaojue2.coop",
      name: "昭觉县马铃薯合作社",
      handle: "zhaojue2",
      county_code: "513431",
      serial: "MA6MP0001",
    })
    await approveCooperative(request, liangshanBureau, zhaojue)
    await approveCooperative(request, liangshanBureau, zhaojue2)
    await approveCooperative(request, cangxiBureau, cangxi)
    const created = record(
      await request()
        .post("/vendor/households")
        .set(zhaojue.headers)
        .send(household)
    )
    expect(created.status).toBe(201)
    householdId = created.body.household.id
  })

  it("registers a household and returns it to its cooperative with the head's name, the ID number and phone masked", async () => {
    const response = record(
      await request()
        .get(`/vendor/households/${householdId}`)
        .set(zhaojue.headers)
    )
    expect(response.status).toBe(200)
    expect(response.body.household).toEqual(
      expect.objectContaining({
        registry_number: "5134310101001",
        id_number: `5134**********${ID_NUMBER.slice(-4)}`,
        phone: "138****5678",
        // The cooperative knows its own member; the name is masked for
        // everyone else (below, and the reviewer's queue).
        head_name: "阿苏拉则",
        verification: "pending",
        // Sent as 缺技术, kept as the national category's code.
        poverty_cause: "lack_of_skills",
      })
    )
    expect(response.body.household).not.toHaveProperty("id_number_encrypted")
    expect(response.body.household).not.toHaveProperty("id_number_hash")
    const listed = record(
      await request().get("/vendor/households").set(zhaojue.headers)
    )
    expect(listed.body.households[0].head_name).toBe("阿苏拉则")
    // Another cooperative: the 404 of a missing household, no name.
    const other = record(
      await request()
        .get(`/vendor/households/${householdId}`)
        .set(cangxi.headers)
    )
    expect(other.status).toBe(404)
    const otherList = record(
      await request().get("/vendor/households").set(cangxi.headers)
    )
    for (const body of [other.body, otherList.body]) {
      expect(JSON.stringify(body)).not.toContain("阿苏拉则")
    }
    // The county's reviewer sees it masked.
    const reviewed = record(
      await request()
        .get(`/bureau/households/${householdId}`)
        .set(liangshanBureau.headers)
    )
    expect(reviewed.status).toBe(200)
    expect(reviewed.body.household.head_name).toBe("阿***")
  })

  it("stores the ID number and phone only encrypted", async () => {
    const [stored] = await services(getContainer())
      .household()
      .listHouseholds({ id: householdId })
    const row = JSON.stringify(stored)
    expect(row).not.toContain(ID_NUMBER)
    expect(row).not.toContain(PHONE)
    expect(stored.id_number_encrypted).toMatch(/^v1\.test\./)
    expect(stored.id_number_hash).toMatch(/^[0-9a-f]{64}$/)
  })

  // A cooperative must not learn whether a person is a registered poor
  // household: both kinds of duplicate get the same 409, naming nothing.
  it("refuses an already registered household with one neutral 409", async () => {
    const answers = []
    for (const body of [
      { ...household, registry_number: "5134310101999" },
      {
        ...household,
        id_number: syntheticIdNumber("513431", "19850612", "004"),
      },
    ]) {
      const again = record(
        await request()
          .post("/vendor/households")
          .set(zhaojue2.headers)
          .send(body)
      )
      expect(again.status).toBe(409)
      expect(again.body.message).not.toContain("5134310101001")
      expect(again.body.message).not.toContain("id_number")
      answers.push(again.body)
    }
    expect(answers[0]).toEqual(answers[1])
    expect(
      await services(getContainer()).household().listHouseholds({})
    ).toHaveLength(1)
  })

  it("registers households only for an approved cooperative of their county", async () => {
    const elsewhere = record(
      await request()
        .post("/vendor/households")
        .set(cangxi.headers)
        .send({
          ...household,
          registry_number: "5134310101998",
          id_number: syntheticIdNumber("513431", "19850612", "005"),
        })
    )
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.message).toContain("county_code")
    const pending = await registerCooperative(request, {
      email: "owner@pending.coop",
      name: "昭觉县待审合作社",
      handle: "pending-coop",
      county_code: "513431",
      serial: "MA6PD0001",
    })
    for (const path of ["/vendor/households", "/vendor/households/link"]) {
      const response = record(
        await request()
          .post(path)
          .set(pending.headers)
          .send(
            path.endsWith("link")
              ? { registry_number: "5134310101001", id_number: ID_NUMBER }
              : {
                  ...household,
                  registry_number: "5134310101997",
                  id_number: syntheticIdNumber("513431", "19850612", "006"),
                }
          )
      )
      expect([path, response.status]).toEqual([path, 400])
      expect(response.body.message).toContain("approved")
    }
    // Refused registrations are on record for the county they named, the
    // ID number masked.
    const refused = record(
      await request()
        .get("/bureau/audit-log?action=household.registration_refused")
        .set(liangshanBureau.headers)
    )
    const byCooperative = new Map(
      refused.body.audit_entries.map(
        (entry: { cooperative_id: string; after: { reason: string } }) => [
          entry.cooperative_id,
          entry.after,
        ]
      )
    )
    expect(byCooperative.get(cangxi.cooperative.id)).toEqual(
      expect.objectContaining({
        registry_number: "5134310101998",
        county_code: "513431",
        reason: expect.stringContaining("county_code"),
        id_number: expect.stringMatching(/^5134\*+\d{3}[\dX]$/),
      })
    )
    expect(byCooperative.get(pending.cooperative.id)).toEqual(
      expect.objectContaining({ reason: expect.stringContaining("approved") })
    )
    expect(JSON.stringify(refused.body)).not.toContain(
      syntheticIdNumber("513431", "19850612", "005")
    )
  })

  it("lets a reviewer grant a cooperative another county of their jurisdiction, and revoke it", async () => {
    const butuoHousehold = {
      ...household,
      registry_number: "5134290101001",
      county_code: BUTUO.code,
      id_number: syntheticIdNumber(BUTUO.code, "19700101", "011"),
    }
    const register = () =>
      request()
        .post("/vendor/households")
        .set(zhaojue.headers)
        .send(butuoHousehold)
    expect((await register()).status).toBe(400)
    const grantPath = `/bureau/cooperatives/${zhaojue.cooperative.id}/counties`
    const grant = (actor: Actor, county_code: string) =>
      request()
        .post(grantPath)
        .set(actor.headers)
        .send({ county_code, reason: "收购布拖农户的马铃薯" })
    // Not the Cangxi reviewer's cooperative, nor the Liangshan reviewer's
    // county to give.
    expect((await grant(cangxiBureau, BUTUO.code)).status).toBe(404)
    const foreign = await grant(liangshanBureau, CANGXI.code)
    expect([foreign.status, foreign.body.message]).toEqual([
      400,
      expect.stringContaining("county_code"),
    ])
    const own = await grant(liangshanBureau, ZHAOJUE.code)
    expect(own.status).toBe(400)
    const granted = await grant(liangshanBureau, BUTUO.code)
    expect(granted.status).toBe(201)
    // Granting again is safe: the same grant, one audit entry.
    const again = await grant(liangshanBureau, BUTUO.code)
    expect(again.body.county_grant.id).toBe(granted.body.county_grant.id)
    const me = await request().get("/vendor/me").set(zhaojue.headers)
    expect(me.body.cooperative.operating_counties).toEqual([
      ZHAOJUE.code,
      BUTUO.code,
    ])
    const registered = record(await register())
    expect(registered.status).toBe(201)
    const revokePath = `${grantPath}/${BUTUO.code}/revoke`
    const revoked = await request()
      .post(revokePath)
      .set(liangshanBureau.headers)
      .send({ reason: "合作协议已到期" })
    expect(revoked.status).toBe(200)
    expect(revoked.body.county_grant.revoked_at).toBeTruthy()
    const twice = await request()
      .post(revokePath)
      .set(liangshanBureau.headers)
      .send({ reason: "合作协议已到期" })
    expect(twice.status).toBe(404)
    const afterRevoke = await request()
      .post("/vendor/households")
      .set(zhaojue.headers)
      .send({
        ...butuoHousehold,
        registry_number: "5134290101002",
        id_number: syntheticIdNumber(BUTUO.code, "19700101", "022"),
      })
    expect(afterRevoke.status).toBe(400)
    // The household registered while the grant was in force stays a member.
    expect(
      (
        await request()
          .get(`/vendor/households/${registered.body.household.id}`)
          .set(zhaojue.headers)
      ).status
    ).toBe(200)
    const detail = await request()
      .get(`/bureau/cooperatives/${zhaojue.cooperative.id}`)
      .set(liangshanBureau.headers)
    expect(detail.body.cooperative.county_grants).toEqual([
      expect.objectContaining({
        county_code: BUTUO.code,
        reason: "收购布拖农户的马铃薯",
        revoked_at: expect.any(String),
      }),
    ])
    const audit = await request()
      .get(
        `/bureau/audit-log?resource_id=${zhaojue.cooperative.id}&resource_type=cooperative`
      )
      .set(liangshanBureau.headers)
    const actions = audit.body.audit_entries.map(
      (entry: { action: string }) => entry.action
    )
    expect(
      actions.filter((a: string) => a.startsWith("cooperative.county"))
    ).toEqual(
      expect.arrayContaining([
        "cooperative.county_granted",
        "cooperative.county_revoked",
      ])
    )
    expect(
      actions.filter((a: string) => a === "cooperative.county_granted")
    ).toHaveLength(1)
  })

  it("names the field for bad input", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        {
          ...household,
          id_number:
            ID_NUMBER.slice(0, 17) + (ID_NUMBER[17] === "1" ? "2" : "1"),
        },
        /id_number/,
      ],
      [{ ...household, member_count: -1 }, /member_count/],
      [{ ...household, phone: "12345" }, /phone/],
      [{ ...household, village: undefined }, /village/],
      [{ ...household, household_income: 1 }, /household_income/],
      [{ ...household, member_count: "five" }, /member_count/],
      // Not one of the national categories of poverty cause.
      [{ ...household, poverty_cause: "懒惰" }, /poverty_cause/],
    ]
    for (const [body, field] of cases) {
      const response = record(
        await request()
          .post("/vendor/households")
          .set(zhaojue.headers)
          .send(body)
      )
      expect(response.status).toBe(400)
      expect(response.body.message).toMatch(field)
    }
  })

  it("hides a household from a cooperative it does not belong to", async () => {
    const read = record(
      await request()
        .get(`/vendor/households/${householdId}`)
        .set(cangxi.headers)
    )
    expect(read.status).toBe(404)
    const write = record(
      await request()
        .post(`/vendor/households/${householdId}`)
        .set(cangxi.headers)
        .send({ member_count: 1 })
    )
    expect(write.status).toBe(404)
    const list = record(
      await request().get("/vendor/households").set(cangxi.headers)
    )
    expect(list.body.households).toEqual([])
    expect(JSON.stringify(list.body)).not.toContain("5134310101001")
  })

  // Joining a registered household is a request the county's reviewer
  // decides; the cooperative is told the same whether its proof matched.
  it("lets a second cooperative join a household only when its reviewer approves", async () => {
    const ask = async (tenant: CooperativeTenant, idNumber: string) => {
      const response = record(
        await request()
          .post("/vendor/households/link")
          .set(tenant.headers)
          .send({ registry_number: "5134310101001", id_number: idNumber })
      )
      expect(response.status).toBe(202)
      return response.body.join_request
    }
    const wrong = await ask(
      zhaojue2,
      syntheticIdNumber("513431", "19850612", "004")
    )
    const right = await ask(zhaojue2, ID_NUMBER)
    const elsewhere = await ask(cangxi, ID_NUMBER)
    const shape = ({
      id: _id,
      created_at: _at,
      ...rest
    }: {
      id: string
      created_at: string
    }) => rest
    expect(shape(wrong)).toEqual(shape(right))
    expect(right).toEqual(
      expect.objectContaining({
        status: "pending",
        registry_number: "5134310101001",
      })
    )
    const members = async (tenant: CooperativeTenant) =>
      (
        await request().get("/vendor/households").set(tenant.headers)
      ).body.households.map((h: { id: string }) => h.id)
    expect(await members(zhaojue2)).toEqual([])

    const queue = record(
      await request()
        .get("/bureau/household-join-requests?status=pending")
        .set(liangshanBureau.headers)
    )
    expect(queue.status).toBe(200)
    const byId = new Map(
      queue.body.join_requests.map((r: { id: string }) => [r.id, r])
    )
    expect(byId.get(wrong.id)).toEqual(
      expect.objectContaining({ matched: false, household: null })
    )
    expect(byId.get(right.id)).toEqual(
      expect.objectContaining({
        matched: true,
        household: expect.objectContaining({
          id: householdId,
          head_name: "阿***",
        }),
      })
    )
    // The other county's reviewer neither sees nor decides them.
    const foreign = record(
      await request()
        .post(`/bureau/household-join-requests/${right.id}/approve`)
        .set(cangxiBureau.headers)
        .send({})
    )
    expect(foreign.status).toBe(404)
    const decide = (id: string, verb: string, body: object = {}) =>
      request()
        .post(`/bureau/household-join-requests/${id}/${verb}`)
        .set(liangshanBureau.headers)
        .send(body)
    expect((await decide(wrong.id, "approve")).status).toBe(400)
    expect((await decide(elsewhere.id, "approve")).status).toBe(400)
    const noReason = await decide(wrong.id, "reject")
    expect([noReason.status, noReason.body.message]).toEqual([
      400,
      expect.stringContaining("note"),
    ])
    expect(
      (await decide(wrong.id, "reject", { note: "身份不符" })).status
    ).toBe(200)
    const approved = await decide(right.id, "approve", { note: "入户核实" })
    expect(approved.status).toBe(200)
    expect(approved.body.join_request.status).toBe("approved")
    expect(await members(zhaojue2)).toEqual([householdId])
    expect((await decide(right.id, "approve")).status).toBe(400)
    const own = record(
      await request()
        .get("/vendor/households/join-requests")
        .set(zhaojue2.headers)
    )
    expect(
      own.body.join_requests.map((r: { status: string }) => r.status).sort()
    ).toEqual(["approved", "rejected"])
    const actions = (
      await services(getContainer())
        .audit()
        .listAuditEntries({ resource_type: "household_join_request" })
    ).map((e) => e.action)
    expect(actions.sort()).toEqual([
      "household.join_approved",
      "household.join_rejected",
      "household.join_requested",
      "household.join_requested",
      "household.join_requested",
    ])
  })

  it("throttles registrations and join requests per cooperative", async () => {
    let limited: { status: number; headers: Record<string, string> } | null =
      null
    for (let i = 0; i < 70 && !limited; i++) {
      const response = await request()
        .post("/vendor/households/link")
        .set(zhaojue2.headers)
        .send({
          registry_number: `51343101019${String(i).padStart(2, "0")}`,
          id_number: ID_NUMBER,
        })
      if (response.status === 429) limited = response
      else expect(response.status).toBe(202)
    }
    expect(limited?.status).toBe(429)
    expect(Number(limited?.headers["retry-after"])).toBeGreaterThan(0)
    // Counted per cooperative: another one is not held back.
    const other = await request()
      .post("/vendor/households/link")
      .set(cangxi.headers)
      .send({ registry_number: "5134310101001", id_number: ID_NUMBER })
    expect(other.status).toBe(202)
  })

  it("updates a member household and audits the change masked", async () => {
    const updated = record(
      await request()
        .post(`/vendor/households/${householdId}`)
        .set(zhaojue.headers)
        .send({ phone: "13998765432", member_count: 6 })
    )
    expect(updated.status).toBe(200)
    expect(updated.body.household).toEqual(
      expect.objectContaining({ phone: "139****5432", member_count: 6 })
    )
    const entries = await services(getContainer())
      .audit()
      .listAuditEntries({ resource_id: householdId })
    expect(entries.map((e) => e.action).sort()).toEqual([
      "household.registered",
      "household.updated",
    ])
    const audit = JSON.stringify(entries)
    expect(audit).not.toContain("13998765432")
    expect(audit).not.toContain(ID_NUMBER)
    expect(audit).toContain("139****5432")
  })

  it("lets the reviewer of the jurisdiction verify it, and no other", async () => {
    const queue = record(
      await request()
        .get("/bureau/households?verification=pending")
        .set(liangshanBureau.headers)
    )
    expect(queue.body.households.map((h: { id: string }) => h.id)).toEqual([
      householdId,
    ])
    const foreign = record(
      await request()
        .post(`/bureau/households/${householdId}/verify`)
        .set(cangxiBureau.headers)
        .send({ decision: "verified" })
    )
    expect(foreign.status).toBe(404)
    const foreignList = record(
      await request().get("/bureau/households").set(cangxiBureau.headers)
    )
    expect(foreignList.body.households).toEqual([])
    const verified = record(
      await request()
        .post(`/bureau/households/${householdId}/verify`)
        .set(liangshanBureau.headers)
        .send({ decision: "verified", note: "入户核实 · checked on site" })
    )
    expect(verified.status).toBe(200)
    expect(verified.body.household.verification).toBe("verified")
    const lifted = record(
      await request()
        .post(`/bureau/households/${householdId}/status`)
        .set(liangshanBureau.headers)
        .send({ status: "lifted", year: 2020 })
    )
    expect(lifted.body.household).toEqual(
      expect.objectContaining({ status: "lifted", status_year: 2020 })
    )
    const badStatus = record(
      await request()
        .post(`/bureau/households/${householdId}/status`)
        .set(liangshanBureau.headers)
        .send({ status: "rich", year: 2020 })
    )
    expect(badStatus.status).toBe(400)
    expect(badStatus.body.message).toMatch(/status/)
  })

  afterAll(() => {
    // Nothing this file received may carry a plaintext ID number or phone.
    const all = bodies.join("\n")
    expect(bodies.length).toBeGreaterThan(10)
    expect(all).not.toContain(ID_NUMBER)
    expect(all).not.toContain(PHONE)
    expect(all).not.toContain("13998765432")
    expect(all).not.toMatch(/\b\d{17}[\dX]\b/)
  })
})
