import { seedBaseStore } from "../../../../seed/src/base-store"
import { type Actor, operator } from "../../../helpers/actors"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import { services } from "../../../helpers/services"
import {
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

const ID_NUMBER = syntheticIdNumber("513431", "19850612", "003")
const PHONE = "13812345678"

describeHttp("households", ({ request, getContainer }) => {
  let zhaojue: CooperativeTenant
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
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
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
    const created = record(
      await request()
        .post("/vendor/households")
        .set(zhaojue.headers)
        .send(household)
    )
    expect(created.status).toBe(201)
    householdId = created.body.household.id
  })

  it("registers a household and returns it masked", async () => {
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
        head_name: "阿***",
        verification: "pending",
      })
    )
    expect(response.body.household).not.toHaveProperty("id_number_encrypted")
    expect(response.body.household).not.toHaveProperty("id_number_hash")
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

  it("refuses the same person twice with a 422 naming the existing registry number", async () => {
    const again = record(
      await request()
        .post("/vendor/households")
        .set(cangxi.headers)
        .send({
          ...household,
          registry_number: "5108240101999",
          county_code: "510824",
        })
    )
    expect(again.status).toBe(422)
    expect(again.body.message).toContain("5134310101001")
    expect(
      await services(getContainer()).household().listHouseholds({})
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

  it("lets a second cooperative join a household only with proof of identity", async () => {
    const wrong = record(
      await request()
        .post("/vendor/households/link")
        .set(cangxi.headers)
        .send({
          registry_number: "5134310101001",
          id_number: syntheticIdNumber("513431", "19850612", "004"),
        })
    )
    expect(wrong.status).toBe(404)
    const joined = record(
      await request()
        .post("/vendor/households/link")
        .set(cangxi.headers)
        .send({ registry_number: "5134310101001", id_number: ID_NUMBER })
    )
    expect(joined.status).toBe(200)
    const list = record(
      await request().get("/vendor/households").set(cangxi.headers)
    )
    expect(list.body.households.map((h: { id: string }) => h.id)).toEqual([
      householdId,
    ])
    const twice = record(
      await request()
        .post("/vendor/households/link")
        .set(cangxi.headers)
        .send({ registry_number: "5134310101001", id_number: ID_NUMBER })
    )
    expect(twice.status).toBe(409)
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
