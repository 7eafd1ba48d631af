import { operator, type Actor } from "../../../helpers/actors"
import { BUTUO, CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import { seedBaseStore, type BaseStore } from "../../../../seed/src/base-store"

jest.setTimeout(120 * 1000)

describeHttp("counties", ({ request, getContainer }) => {
  let admin: Actor
  let base: BaseStore

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
    admin = await operator(getContainer(), request)
    for (const county of [ZHAOJUE, BUTUO, CANGXI]) {
      const response = await request()
        .post("/admin/counties")
        .set(admin.headers)
        .send(county)
      expect(response.status).toBe(201)
    }
  })

  const store = () => ({ "x-publishable-api-key": base.publishableKey })

  describe("/admin/counties", () => {
    it("lists the counties with a count", async () => {
      const response = await request().get("/admin/counties").set(admin.headers)
      expect(response.status).toBe(200)
      expect(response.body.count).toBe(3)
      expect(
        response.body.counties.map((c: { code: string }) => c.code).sort()
      ).toEqual(["510824", "513429", "513431"])
    })

    it("refuses a second county with the same code with a 422", async () => {
      const response = await request()
        .post("/admin/counties")
        .set(admin.headers)
        .send(ZHAOJUE)
      expect(response.status).toBe(422)
      expect(response.body.message).toContain("513431")
    })

    it("names the field in a 400 for bad input", async () => {
      const badCode = await request()
        .post("/admin/counties")
        .set(admin.headers)
        .send({ ...ZHAOJUE, code: "51343" })
      expect(badCode.status).toBe(400)
      expect(badCode.body.message).toMatch(/code/)
      const extra = await request()
        .post("/admin/counties")
        .set(admin.headers)
        .send({ ...ZHAOJUE, code: "513432", population: 1 })
      expect(extra.status).toBe(400)
      expect(extra.body.message).toMatch(/population/)
      const missing = await request()
        .post("/admin/counties")
        .set(admin.headers)
        .send({ code: "513432" })
      expect(missing.status).toBe(400)
      expect(missing.body.message).toMatch(/name_zh/)
    })

    it("updates a county and 404s an unknown one", async () => {
      const list = await request()
        .get("/admin/counties?code=510824")
        .set(admin.headers)
      const id = list.body.counties[0].id
      const updated = await request()
        .post(`/admin/counties/${id}`)
        .set(admin.headers)
        .send({ story_en: "Red-heart kiwifruit and Sydney pears." })
      expect(updated.status).toBe(200)
      expect(updated.body.county.story_en).toBe(
        "Red-heart kiwifruit and Sydney pears."
      )
      const unknown = await request()
        .get("/admin/counties/cnty_missing")
        .set(admin.headers)
      expect(unknown.status).toBe(404)
    })

    it("is closed to anonymous callers", async () => {
      const response = await request().get("/admin/counties")
      expect(response.status).toBe(401)
      const write = await request().post("/admin/counties").send(CANGXI)
      expect(write.status).toBe(401)
    })
  })

  describe("/store/counties", () => {
    it("lists counties of a prefecture by GB/T 2260 prefix", async () => {
      const response = await request()
        .get("/store/counties?region=5134")
        .set(store())
      expect(response.status).toBe(200)
      expect(
        response.body.counties.map((c: { code: string }) => c.code)
      ).toEqual(["513429", "513431"])
    })

    it("rejects a malformed prefix with a 400 naming the field", async () => {
      const response = await request()
        .get("/store/counties?region=51x")
        .set(store())
      expect(response.status).toBe(400)
      expect(response.body.message).toMatch(/region/)
    })

    it("shows one county by code, with no approved cooperatives yet", async () => {
      const response = await request()
        .get("/store/counties/513431")
        .set(store())
      expect(response.status).toBe(200)
      expect(response.body.county).toEqual(
        expect.objectContaining({
          code: "513431",
          name_en: "Zhaojue County",
          cooperatives: [],
        })
      )
    })

    it("404s unknown and malformed codes alike", async () => {
      expect(
        (await request().get("/store/counties/999999").set(store())).status
      ).toBe(404)
      expect(
        (await request().get("/store/counties/abc").set(store())).status
      ).toBe(404)
    })
  })
})
