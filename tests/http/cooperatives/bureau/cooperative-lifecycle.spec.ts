import { Modules } from "@medusajs/framework/utils"
import { seedBaseStore } from "../../../../seed/src/base-store"
import {
  type Actor,
  loginAs,
  operator,
  TEST_PASSWORD,
} from "../../../helpers/actors"
import { BUTUO, CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import { services } from "../../../helpers/services"
import {
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  creditCode,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

describeHttp(
  "cooperative registration and review",
  ({ request, getContainer }) => {
    let admin: Actor
    let zhaojue: CooperativeTenant
    let liangshanBureau: Actor & { id: string }
    let cangxiBureau: Actor & { id: string }

    beforeAll(async () => {
      await seedBaseStore(getContainer())
      admin = await operator(getContainer(), request)
      await createCounties(request, admin, [ZHAOJUE, BUTUO, CANGXI])
      zhaojue = await registerCooperative(request, {
        email: "owner@zhaojue-buckwheat.coop",
        name: "昭觉县苦荞种植专业合作社",
        handle: "zhaojue-buckwheat",
        county_code: "513431",
        serial: "MA6ABCD01",
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
    })

    describe("self-registration", () => {
      it("creates a pending cooperative with its own stock location", async () => {
        const me = await request().get("/vendor/me").set(zhaojue.headers)
        expect(me.status).toBe(200)
        expect(me.body.cooperative).toEqual(
          expect.objectContaining({
            handle: "zhaojue-buckwheat",
            status: "pending",
            county_code: "513431",
          })
        )
        expect(me.body.user).toEqual(
          expect.objectContaining({
            email: "owner@zhaojue-buckwheat.coop",
            role: "owner",
          })
        )
        const query = getContainer().resolve("query")
        const { data } = await query.graph({
          entity: "cooperative",
          fields: [
            "id",
            "stock_location.id",
            "stock_location.sales_channels.id",
          ],
          filters: { id: zhaojue.cooperative.id },
        })
        expect(data[0].stock_location?.id).toMatch(/^sloc_/)
        expect(data[0].stock_location?.sales_channels).toHaveLength(1)
      })

      async function registrationToken(email: string): Promise<string> {
        const response = await request()
          .post("/auth/cooperative_user/emailpass/register")
          .send({ email, password: TEST_PASSWORD })
        return response.body.token
      }

      const valid = {
        name: "布拖县黑绵羊养殖专业合作社",
        handle: "butuo-black-sheep",
        credit_code: creditCode("513429", "MA6BT0001"),
        county_code: "513429",
        contact_email: "owner@butuo-sheep.coop",
      }

      it("names the field when the credit code's check character is wrong", async () => {
        const token = await registrationToken("bad-code@butuo-sheep.coop")
        const wrong =
          valid.credit_code.slice(0, 17) +
          (valid.credit_code[17] === "0" ? "1" : "0")
        const response = await request()
          .post("/vendor/cooperatives")
          .set("authorization", `Bearer ${token}`)
          .send({ ...valid, credit_code: wrong })
        expect(response.status).toBe(400)
        expect(response.body.message).toMatch(/credit_code/)
        const cooperatives = await services(getContainer())
          .cooperative()
          .listCooperatives({ handle: valid.handle })
        expect(cooperatives).toHaveLength(0)
      })

      it("refuses an unknown county, extra fields and a taken credit code", async () => {
        const token = await registrationToken("checks@butuo-sheep.coop")
        const auth = { authorization: `Bearer ${token}` }
        const unknownCounty = await request()
          .post("/vendor/cooperatives")
          .set(auth)
          .send({ ...valid, county_code: "999999" })
        expect(unknownCounty.status).toBe(400)
        expect(unknownCounty.body.message).toMatch(/county_code/)
        const extra = await request()
          .post("/vendor/cooperatives")
          .set(auth)
          .send({ ...valid, status: "approved" })
        expect(extra.status).toBe(400)
        expect(extra.body.message).toMatch(/status/)
        const taken = await request()
          .post("/vendor/cooperatives")
          .set(auth)
          .send({
            ...valid,
            credit_code: creditCode("513431", "MA6ABCD01"),
            handle: "another",
          })
        expect(taken.status).toBe(422)
      })

      it("leaves nothing behind when a later step fails", async () => {
        // The auth step runs after the cooperative and its owner were written;
        // an identity that does not exist makes it throw mid-way.
        const locationsBefore = await getContainer()
          .resolve(Modules.STOCK_LOCATION)
          .listStockLocations({})
        const { errors } = await getContainer()
          .resolve(Modules.WORKFLOW_ENGINE)
          .run("register-cooperative", {
            input: {
              auth_identity_id: "authid_missing",
              email: "midway@butuo-sheep.coop",
              cooperative: { ...valid, handle: "midway-failure" },
            },
            throwOnError: false,
          })
        expect(errors.length).toBeGreaterThan(0)
        const cooperatives = services(getContainer()).cooperative()
        expect(
          await cooperatives.listCooperatives({ handle: "midway-failure" })
        ).toHaveLength(0)
        expect(
          await cooperatives.listCooperativeUsers({
            email: "midway@butuo-sheep.coop",
          })
        ).toHaveLength(0)
        const locationsAfter = await getContainer()
          .resolve(Modules.STOCK_LOCATION)
          .listStockLocations({})
        expect(locationsAfter).toHaveLength(locationsBefore.length)
      })
    })

    describe("bureau review", () => {
      it("shows the pending cooperative to the prefecture reviewer only", async () => {
        const liangshan = await request()
          .get("/bureau/cooperatives?status=pending")
          .set(liangshanBureau.headers)
        expect(liangshan.status).toBe(200)
        expect(
          liangshan.body.cooperatives.map((c: { id: string }) => c.id)
        ).toEqual([zhaojue.cooperative.id])
        const cangxi = await request()
          .get("/bureau/cooperatives")
          .set(cangxiBureau.headers)
        expect(cangxi.status).toBe(200)
        expect(cangxi.body.cooperatives).toEqual([])
        expect(JSON.stringify(cangxi.body)).not.toContain(
          zhaojue.cooperative.id
        )
        const foreign = await request()
          .get(`/bureau/cooperatives/${zhaojue.cooperative.id}`)
          .set(cangxiBureau.headers)
        expect(foreign.status).toBe(404)
        expect(JSON.stringify(foreign.body)).not.toContain("zhaojue")
      })

      it("approves within the jurisdiction, 404s outside it, and audits the change", async () => {
        const foreign = await request()
          .post(`/bureau/cooperatives/${zhaojue.cooperative.id}/approve`)
          .set(cangxiBureau.headers)
          .send({})
        expect(foreign.status).toBe(404)
        const approved = await request()
          .post(`/bureau/cooperatives/${zhaojue.cooperative.id}/approve`)
          .set(liangshanBureau.headers)
          .send({})
        expect(approved.status).toBe(200)
        expect(approved.body.cooperative.status).toBe("approved")
        const again = await request()
          .post(`/bureau/cooperatives/${zhaojue.cooperative.id}/approve`)
          .set(liangshanBureau.headers)
          .send({})
        expect(again.status).toBe(400)
        const audit = await services(getContainer()).audit().listAuditEntries({
          resource_id: zhaojue.cooperative.id,
          action: "cooperative.approved",
        })
        expect(audit).toHaveLength(1)
        expect(audit[0]).toEqual(
          expect.objectContaining({
            actor_type: "bureau_user",
            actor_id: liangshanBureau.id,
            county_code: "513431",
          })
        )
      })

      it("requires a reason to suspend", async () => {
        const missing = await request()
          .post(`/bureau/cooperatives/${zhaojue.cooperative.id}/suspend`)
          .set(liangshanBureau.headers)
          .send({})
        expect(missing.status).toBe(400)
        expect(missing.body.message).toMatch(/reason/)
        const suspended = await request()
          .post(`/bureau/cooperatives/${zhaojue.cooperative.id}/suspend`)
          .set(liangshanBureau.headers)
          .send({ reason: "抽检不合格 · failed a spot inspection" })
        expect(suspended.status).toBe(200)
        expect(suspended.body.cooperative).toEqual(
          expect.objectContaining({
            status: "suspended",
            status_reason: "抽检不合格 · failed a spot inspection",
          })
        )
      })
    })

    describe("the platform operator", () => {
      const approve = () =>
        request()
          .post(`/bureau/cooperatives/${zhaojue.cooperative.id}/approve`)
          .set(liangshanBureau.headers)
          .send({})
      const operatorCall = (change: "suspend" | "reinstate", body: object) =>
        request()
          .post(`/admin/cooperatives/${zhaojue.cooperative.id}/${change}`)
          .set(admin.headers)
          .send(body)

      it("lists every cooperative, by status, county and name", async () => {
        expect((await approve()).status).toBe(200)
        const list = async (query: string) => {
          const response = await request()
            .get(`/admin/cooperatives?${query}`)
            .set(admin.headers)
          expect(response.status).toBe(200)
          return response.body.cooperatives.map((c: { id: string }) => c.id)
        }
        expect(await list("status=approved")).toEqual([zhaojue.cooperative.id])
        expect(await list("status=suspended")).toEqual([])
        expect(await list("county_code=513431&q=苦荞")).toEqual([
          zhaojue.cooperative.id,
        ])
        expect(await list("q=%25")).toEqual([])
        const bad = await request()
          .get("/admin/cooperatives?status=closed")
          .set(admin.headers)
        expect(bad.status).toBe(400)
        expect(bad.body.message).toMatch(/status/)
      })

      it("suspends and reinstates with a reason the reviewers read, audited as the operator", async () => {
        expect((await approve()).status).toBe(200)
        const missing = await operatorCall("suspend", {})
        expect(missing.status).toBe(400)
        expect(missing.body.message).toMatch(/reason/)
        const suspended = await operatorCall("suspend", {
          reason: "消费者投诉待查",
        })
        expect(suspended.status).toBe(200)
        expect(suspended.body.cooperative).toMatchObject({
          status: "suspended",
          status_reason: "消费者投诉待查",
        })
        const seen = await request()
          .get(`/bureau/cooperatives/${zhaojue.cooperative.id}`)
          .set(liangshanBureau.headers)
        expect(seen.body.cooperative).toMatchObject({
          status: "suspended",
          status_reason: "消费者投诉待查",
        })
        const reinstated = await operatorCall("reinstate", {
          reason: "投诉不成立",
        })
        expect(reinstated.status).toBe(200)
        expect(reinstated.body.cooperative.status).toBe("approved")
        // Reinstating what is not suspended makes no sense.
        expect(
          (await operatorCall("reinstate", { reason: "再次" })).status
        ).toBe(400)
        const log = await request()
          .get(
            `/bureau/audit-log?resource_id=${zhaojue.cooperative.id}&actor_type=user`
          )
          .set(liangshanBureau.headers)
        expect(
          log.body.audit_entries.map((e: { action: string }) => e.action)
        ).toEqual(["cooperative.approved", "cooperative.suspended"])
        expect(log.body.audit_entries[0]).toMatchObject({
          actor_name: "Platform Operator",
          after: { status: "approved", status_reason: "投诉不成立" },
        })
        // The history reads in order, each change named and explained.
        const detail = await request()
          .get(`/admin/cooperatives/${zhaojue.cooperative.id}`)
          .set(admin.headers)
        expect(detail.status).toBe(200)
        expect(
          detail.body.history.map(
            (h: {
              action: string
              actor_type: string
              reason: string | null
            }) => [h.action, h.actor_type, h.reason]
          )
        ).toEqual([
          ["cooperative.registered", "cooperative_user", null],
          ["cooperative.approved", "bureau_user", null],
          ["cooperative.suspended", "user", "消费者投诉待查"],
          ["cooperative.approved", "user", "投诉不成立"],
        ])
        expect(detail.body.history[1].actor_name).toBe("凉山州商务局")
        expect(
          (
            await request()
              .get("/admin/cooperatives/coop_missing")
              .set(admin.headers)
          ).status
        ).toBe(404)
        const unknown = await request()
          .post("/admin/cooperatives/coop_missing/suspend")
          .set(admin.headers)
          .send({ reason: "不存在" })
        expect(unknown.status).toBe(404)
      })

      it("cannot reinstate a cooperative no reviewer has approved", async () => {
        const pending = await operatorCall("reinstate", { reason: "跳过审核" })
        expect(pending.status).toBe(400)
        expect(pending.body.message).toMatch(/pending/)
      })
    })

    describe("actor separation", () => {
      it("keeps each actor type out of the other's routes", async () => {
        expect(
          (await request().get("/bureau/me").set(zhaojue.headers)).status
        ).toBe(401)
        expect(
          (await request().get("/vendor/me").set(liangshanBureau.headers))
            .status
        ).toBe(401)
        expect(
          (await request().get("/vendor/me").set(admin.headers)).status
        ).toBe(401)
        expect((await request().get("/vendor/me")).status).toBe(401)
        expect((await request().get("/bureau/cooperatives")).status).toBe(401)
        expect(
          (await request().get("/admin/counties").set(zhaojue.headers)).status
        ).toBe(401)
      })

      it("refuses a spent or wrong bureau invite", async () => {
        const registration = await request()
          .post("/auth/bureau_user/emailpass/register")
          .send({ email: "intruder@example.com", password: TEST_PASSWORD })
        const response = await request()
          .post("/bureau/invites/accept")
          .set("authorization", `Bearer ${registration.body.token}`)
          .send({ token: "not-a-real-invite-token" })
        expect(response.status).toBe(400)
        expect(response.body.message).toMatch(/token/)
        await expect(
          loginAs(request, "bureau_user", "intruder@example.com")
        ).resolves.toBeDefined()
        const intruder = await loginAs(
          request,
          "bureau_user",
          "intruder@example.com"
        )
        expect(
          (await request().get("/bureau/me").set(intruder.headers)).status
        ).toBe(401)
      })
    })
  }
)
