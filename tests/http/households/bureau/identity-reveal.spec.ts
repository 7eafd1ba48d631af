import { fullName } from "@tianfu/domain"
import { seedBaseStore } from "../../../../seed/src/base-store"
import { type Actor, operator, registerCustomer } from "../../../helpers/actors"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerApprovedCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

// Read by the reveal route's rate limiter when the app loads.
const LIMIT = 6
process.env.IDENTITY_REVEALS_PER_HOUR = String(LIMIT)

type AuditEntry = {
  action: string
  actor_type: string
  actor_id: string
  actor_name: string | null
  resource_type: string
  resource_id: string
  resource_name: string | null
  cooperative_name: string | null
  after: Record<string, unknown> | null
}

// A reviewer checking a household against the national registry sees its
// identity in clear only after stating why, only in their jurisdiction,
// only so often, and every other reviewer of the county reads that it
// happened — in an audit log that names people and objects.
describeHttp(
  "identity reveal and the readable audit log",
  ({ request, getContainer }) => {
    let admin: Actor
    let coop: CooperativeTenant
    let county: Actor & { id: string }
    let prefecture: Actor & { id: string }
    let cangxi: Actor & { id: string }
    let customer: Actor
    let householdId: string
    const person = {
      registry_number: "513431031001",
      head_name: "吉克阿呷",
      id_number: syntheticIdNumber("513431", "19680315", "211"),
      phone: "13800138111",
    }
    const secrets = [person.id_number, person.phone, person.head_name]
    const reveal = (id: string, actor?: Actor, body: object = {}) => {
      const pending = request().post(`/bureau/households/${id}/reveal`)
      if (actor) pending.set(actor.headers)
      return pending.send({ purpose: "registry_check", ...body })
    }
    const auditLog = async (actor: Actor, query: string) => {
      const response = await request()
        .get(`/bureau/audit-log?${query}`)
        .set(actor.headers)
      expect(response.status).toBe(200)
      return response.body.audit_entries as AuditEntry[]
    }
    const revealsSeenBy = (actor: Actor) =>
      auditLog(actor, "action=household.identity_revealed&limit=100")
    const expectNoSecret = (body: unknown) => {
      const text = JSON.stringify(body)
      for (const secret of secrets) expect(text).not.toContain(secret)
    }

    beforeAll(async () => {
      const base = await seedBaseStore(getContainer())
      admin = await operator(getContainer(), request)
      await createCounties(request, admin, [ZHAOJUE, CANGXI])
      ;({ coop, bureau: county } = await registerApprovedCooperative(
        request,
        admin,
        {
          email: "owner@reveal.coop",
          name: "昭觉县荞麦合作社",
          handle: "reveal",
          county_code: "513431",
          serial: "MA6RW0001",
        },
        {
          email: "county@reveal.gov.cn",
          name: "王审核",
          jurisdiction_code: "513431",
        }
      ))
      prefecture = await createBureauUser(request, admin, {
        email: "prefecture@reveal.gov.cn",
        name: "李督查",
        jurisdiction_code: "5134",
      })
      cangxi = await createBureauUser(request, admin, {
        email: "cangxi@reveal.gov.cn",
        name: "苍溪审核",
        jurisdiction_code: "510824",
      })
      customer = await registerCustomer(
        request,
        base.publishableKey,
        "shopper@reveal.example"
      )
      const registered = await request()
        .post("/vendor/households")
        .set(coop.headers)
        .send({
          ...person,
          county_code: "513431",
          township: "竹核乡",
          village: "木渣洛村",
          member_count: 4,
        })
      expect(registered.status).toBe(201)
      householdId = registered.body.household.id
    })

    it("shows a household's identity to a reviewer of its county who states why, after auditing it", async () => {
      const response = await reveal(householdId, county, {
        purpose: "payout_verification",
        note: "核对兑付名单",
      })
      expect(response.status).toBe(200)
      expect(response.headers["cache-control"]).toBe("no-store")
      expect(response.body.identity).toMatchObject({
        household_id: householdId,
        head_name: person.head_name,
        id_number: person.id_number,
        phone: person.phone,
        purpose: "payout_verification",
      })
      // The prefecture's reviewer reads who looked, at which household
      // and why — with no identity in it.
      const [entry] = await revealsSeenBy(prefecture)
      expect(entry).toMatchObject({
        actor_type: "bureau_user",
        actor_id: county.id,
        actor_name: "王审核",
        resource_type: "household",
        resource_id: householdId,
        resource_name: person.registry_number,
        after: {
          purpose: "payout_verification",
          note: "核对兑付名单",
          fields: ["head_name", "id_number", "phone"],
        },
      })
      expect(response.body.identity.audit_entry_id).toBe(
        (entry as unknown as { id: string }).id
      )
      expectNoSecret(await revealsSeenBy(prefecture))
      expect(await revealsSeenBy(cangxi)).toEqual([])
      // A prefecture reviewer covers the county, and is audited alike.
      expect((await reveal(householdId, prefecture)).status).toBe(200)
      expect(await revealsSeenBy(county)).toHaveLength(2)
    })

    it("answers a household outside the jurisdiction as one that does not exist, and audits neither", async () => {
      const before = (await revealsSeenBy(prefecture)).length
      const outside = await reveal(householdId, cangxi)
      const missing = await reveal("hh_01JZZZZZZZZZZZZZZZZZZZZZZZ", cangxi)
      expect([outside.status, missing.status]).toEqual([404, 404])
      expect(outside.body.type).toBe(missing.body.type)
      expect(outside.body.message.replace(householdId, "<id>")).toBe(
        missing.body.message.replace("hh_01JZZZZZZZZZZZZZZZZZZZZZZZ", "<id>")
      )
      expectNoSecret(outside.body)
      // Nobody but a reviewer reaches the route at all.
      for (const actor of [undefined, customer, coop, admin]) {
        const refused = await reveal(householdId, actor)
        expect(refused.status).toBe(401)
        expectNoSecret(refused.body)
      }
      expect(await revealsSeenBy(prefecture)).toHaveLength(before)
    })

    it("names the field on bad input and never echoes what was sent", async () => {
      const cases: [object, string][] = [
        [{ purpose: undefined }, "purpose"],
        [{ purpose: "curiosity" }, "purpose"],
        [{ note: "x".repeat(201) }, "note"],
        [{ id_number: person.id_number }, "id_number"],
      ]
      for (const [body, field] of cases) {
        const response = await reveal(householdId, prefecture, body)
        expect([field, response.status]).toEqual([field, 400])
        expect(response.body.message).toContain(field)
        expectNoSecret(response.body)
      }
    })

    it("stops a reviewer after the hourly limit, counting refused attempts, and only that reviewer", async () => {
      const hasty = await createBureauUser(request, admin, {
        email: "hasty@reveal.gov.cn",
        name: "赵急",
        jurisdiction_code: "513431",
      })
      expect((await reveal(householdId, hasty, { purpose: "x" })).status).toBe(
        400
      )
      for (let i = 1; i < LIMIT; i++) {
        expect((await reveal(householdId, hasty)).status).toBe(200)
      }
      const stopped = await reveal(householdId, hasty)
      expect(stopped.status).toBe(429)
      expect(Number(stopped.headers["retry-after"])).toBeGreaterThan(0)
      expectNoSecret(stopped.body)
      const revealed = (await revealsSeenBy(county)).filter(
        (e) => e.actor_id === hasty.id
      )
      expect(revealed).toHaveLength(LIMIT - 1)
      expect((await reveal(householdId, county)).status).toBe(200)
    })

    it("names actors, objects and cooperatives, and offers its filters as lists", async () => {
      // (Medusa's runner restores the database after each test.)
      expect((await reveal(householdId, county)).status).toBe(200)
      const facets = await request()
        .get("/bureau/audit-log/facets")
        .set(county.headers)
      expect(facets.status).toBe(200)
      expect(facets.body.facets.actions).toEqual(
        expect.arrayContaining([
          "household.registered",
          "household.identity_revealed",
        ])
      )
      expect(facets.body.facets.resource_types).toEqual(
        expect.arrayContaining(["household", "cooperative"])
      )
      const owner = facets.body.facets.actors.find(
        (a: { actor_type: string }) => a.actor_type === "cooperative_user"
      )
      expect(owner.name).toBe(fullName("合作社", "理事长"))
      expect(facets.body.facets.actors).toEqual(
        expect.arrayContaining([
          { actor_type: "bureau_user", actor_id: county.id, name: "王审核" },
        ])
      )
      // Picking the cooperative's owner lists their entries alone, named.
      const picked = await auditLog(
        county,
        `actor_id=${owner.actor_id}&limit=100`
      )
      expect(picked.length).toBeGreaterThan(0)
      expect(picked.every((e) => e.actor_id === owner.actor_id)).toBe(true)
      const registered = picked.find((e) => e.action === "household.registered")
      expect(registered).toMatchObject({
        actor_name: owner.name,
        resource_name: person.registry_number,
        cooperative_name: "昭觉县荞麦合作社",
      })
      expectNoSecret(facets.body)
      expectNoSecret(picked)
      // Another county's reviewer is offered none of it.
      const elsewhere = await request()
        .get("/bureau/audit-log/facets")
        .set(cangxi.headers)
      expect(elsewhere.status).toBe(200)
      expect(JSON.stringify(elsewhere.body)).not.toContain(owner.actor_id)
      expect(JSON.stringify(elsewhere.body)).not.toContain(
        "household.identity_revealed"
      )
      const tooLong = await request()
        .get(`/bureau/audit-log?actor_id=${"a".repeat(101)}`)
        .set(county.headers)
      expect(tooLong.status).toBe(400)
      expect(tooLong.body.message).toContain("actor_id")
    })
  }
)
