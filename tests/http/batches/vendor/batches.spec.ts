import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type BaseStore, seedBaseStore } from "../../../../seed/src/base-store"
import { type Actor, operator } from "../../../helpers/actors"
import { checkout } from "../../../helpers/checkout"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import { services } from "../../../helpers/services"
import {
  approveCooperative,
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

describeHttp("batches, stock and trace", ({ request, getContainer }) => {
  let base: BaseStore
  let zhaojue: CooperativeTenant
  let cangxi: CooperativeTenant
  let variantId: string
  let productId: string
  const households: string[] = []

  const store = () => ({ "x-publishable-api-key": base.publishableKey })

  async function stockOf(variant: string): Promise<number> {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "variant",
      fields: ["inventory_items.inventory.location_levels.stocked_quantity"],
      filters: { id: variant },
    })
    const levels =
      data[0]?.inventory_items?.[0]?.inventory?.location_levels ?? []
    return levels.reduce(
      (sum: number, level: { stocked_quantity: number }) =>
        sum + level.stocked_quantity,
      0
    )
  }

  const batchBody = () => ({
    variant_id: variantId,
    harvested_at: "2026-09-20",
    village: "好谷村",
    quantity: 120,
    unit: "kg",
    certifications: ["green_food", "geographic_indication"],
    inspection: {
      agency: "凉山州农产品质量检测中心",
      inspected_at: "2026-09-25",
      result: "pass",
      report_number: "LS-2026-0917",
    },
    contributions: [
      { household_id: households[0], quantity: 40 },
      { household_id: households[1], quantity: 50 },
      { household_id: households[2], quantity: 20 },
      { supplier_name: "村集体 · village collective", quantity: 10 },
    ],
  })

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
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
    const bureau: Actor = await createBureauUser(request, admin, {
      email: "reviewer@sichuan.gov",
      name: "四川省商务厅",
      jurisdiction_code: "51",
    })
    for (const tenant of [zhaojue, cangxi]) {
      await approveCooperative(request, bureau, tenant)
    }
    for (let i = 0; i < 3; i++) {
      const response = await request()
        .post("/vendor/households")
        .set(zhaojue.headers)
        .send({
          registry_number: `513431010100${i}`,
          county_code: "513431",
          township: "四开乡",
          village: "好谷村",
          head_name: ["阿苏拉则", "吉克阿呷", "曲比阿果"][i],
          id_number: syntheticIdNumber("513431", "19800101", `00${i}`),
          member_count: 4 + i,
        })
      expect(response.status).toBe(201)
      households.push(response.body.household.id)
    }
    const product = await createProduct(request, zhaojue, buckwheatTea())
    productId = product.id
    variantId = product.variants.find((v) => v.title === "1kg")!.id
  })

  describe("products", () => {
    it("lists the cooperative's own products and hides them from others", async () => {
      const own = await request().get("/vendor/products").set(zhaojue.headers)
      expect(own.body.products.map((p: { id: string }) => p.id)).toEqual([
        productId,
      ])
      expect(own.body.products[0].metadata.title_en).toBe(
        "Zhaojue tartary buckwheat tea"
      )
      const other = await request().get("/vendor/products").set(cangxi.headers)
      expect(other.body.products).toEqual([])
      expect(
        (
          await request()
            .get(`/vendor/products/${productId}`)
            .set(cangxi.headers)
        ).status
      ).toBe(404)
    })

    it("refuses products from a cooperative that is not approved", async () => {
      const pending = await registerCooperative(request, {
        email: "owner@pending.coop",
        name: "待审核合作社",
        handle: "pending-coop",
        county_code: "513431",
        serial: "MA6PD0001",
      })
      const response = await request()
        .post("/vendor/products")
        .set(pending.headers)
        .send(buckwheatTea("pending-tea"))
      expect(response.status).toBe(400)
      expect(response.body.message).toMatch(/pending/)
    })

    it("names the field for a bad price", async () => {
      const body = buckwheatTea("bad-price")
      body.variants[0].prices = [{ currency_code: "cny", amount: -5 }]
      const response = await request()
        .post("/vendor/products")
        .set(zhaojue.headers)
        .send(body)
      expect(response.status).toBe(400)
      expect(response.body.message).toMatch(/amount/)
    })
  })

  describe("product edits and certifications", () => {
    it("updates the cooperative's own product and 404s another's", async () => {
      const updated = await request()
        .post(`/vendor/products/${productId}`)
        .set(zhaojue.headers)
        .send({
          title: "昭觉苦荞茶（新茶）",
          title_en: "Zhaojue buckwheat tea (new season)",
        })
      expect(updated.status).toBe(200)
      expect(updated.body.product.title).toBe("昭觉苦荞茶（新茶）")
      expect(updated.body.product.metadata.title_en).toBe(
        "Zhaojue buckwheat tea (new season)"
      )
      expect(updated.body.product.metadata.description_en).toBe(
        "Highland tartary buckwheat from Liangshan, roasted into tea."
      )
      const foreign = await request()
        .post(`/vendor/products/${productId}`)
        .set(cangxi.headers)
        .send({ title: "x" })
      expect(foreign.status).toBe(404)
      const bad = await request()
        .post(`/vendor/products/${productId}`)
        .set(zhaojue.headers)
        .send({ status: "sold" })
      expect(bad.status).toBe(400)
      expect(bad.body.message).toMatch(/status/)
      const entries = await services(getContainer())
        .audit()
        .listAuditEntries({ action: "product.updated" })
      expect(entries).toHaveLength(1)
    })

    it("adds and removes certifications, shown on the public page", async () => {
      const added = await request()
        .post("/vendor/me/certifications")
        .set(zhaojue.headers)
        .send({
          kind: "green_food",
          number: "LB-18-2203512345",
          issued_by: "中国绿色食品发展中心",
          expires_at: "2028-03-31",
        })
      expect(added.status).toBe(201)
      const page = await request()
        .get("/store/cooperatives/zhaojue")
        .set(store())
      expect(page.body.cooperative.certifications).toEqual([
        expect.objectContaining({
          kind: "green_food",
          number: "LB-18-2203512345",
        }),
      ])
      const id = added.body.certification.id
      expect(
        (
          await request()
            .delete(`/vendor/me/certifications/${id}`)
            .set(cangxi.headers)
        ).status
      ).toBe(404)
      const removed = await request()
        .delete(`/vendor/me/certifications/${id}`)
        .set(zhaojue.headers)
      expect(removed.status).toBe(200)
      const me = await request().get("/vendor/me").set(zhaojue.headers)
      expect(me.body.cooperative.certifications).toEqual([])
      const bad = await request()
        .post("/vendor/me/certifications")
        .set(zhaojue.headers)
        .send({ kind: "fancy", number: "1" })
      expect(bad.status).toBe(400)
      expect(bad.body.message).toMatch(/kind/)
    })
  })

  describe("creating batches", () => {
    it("raises the variant's stock by the batch: 120 kg at 1 kg per item is 120", async () => {
      expect(await stockOf(variantId)).toBe(0)
      const created = await request()
        .post("/vendor/batches")
        .set(zhaojue.headers)
        .send(batchBody())
      expect(created.status).toBe(201)
      expect(created.body.batch).toEqual(
        expect.objectContaining({
          quantity: 120,
          unit: "kg",
          stock_quantity: 120,
          registered_households: 3,
        })
      )
      expect(created.body.batch.trace_code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/)
      expect(await stockOf(variantId)).toBe(120)
      const second = await request()
        .post("/vendor/batches")
        .set(zhaojue.headers)
        .send({ ...batchBody(), quantity: 30, contributions: [] })
      expect(second.status).toBe(201)
      expect(await stockOf(variantId)).toBe(150)
    })

    it("maps units to sellable items: 120 kg in 5 kg boxes is 24", async () => {
      const box = (
        await request()
          .get(`/vendor/products/${productId}`)
          .set(zhaojue.headers)
      ).body.product.variants.find((v: { title: string }) => v.title === "5kg")
      const created = await request()
        .post("/vendor/batches")
        .set(zhaojue.headers)
        .send({
          ...batchBody(),
          variant_id: box.id,
          units_per_stock_item: 5,
        })
      expect(created.status).toBe(201)
      expect(await stockOf(box.id)).toBe(24)
    })

    it("shows contributions with shares and the timeline", async () => {
      const created = await request()
        .post("/vendor/batches")
        .set(zhaojue.headers)
        .send(batchBody())
      const id = created.body.batch.id
      const event = await request()
        .post(`/vendor/batches/${id}/trace-events`)
        .set(zhaojue.headers)
        .send({
          type: "packed",
          occurred_at: "2026-09-28T08:00:00Z",
          place: "昭觉县城北加工厂",
        })
      expect(event.status).toBe(201)
      const detail = await request()
        .get(`/vendor/batches/${id}`)
        .set(zhaojue.headers)
      expect(detail.status).toBe(200)
      const shares = detail.body.batch.contributions.map(
        (c: { share_bp: number }) => c.share_bp
      )
      expect(shares.reduce((a: number, b: number) => a + b, 0)).toBe(10000)
      // Its own member, by name: the clerk must see whom it credited.
      expect(detail.body.batch.contributions[0].household).toEqual({
        registry_number: "5134310101000",
        head_name: "阿苏拉则",
      })
      expect(
        detail.body.batch.timeline.map((e: { type: string }) => e.type)
      ).toEqual(["harvested", "packed"])
      // Nobody else learns the name: not another cooperative, not the
      // public trace page.
      const foreign = await request()
        .get(`/vendor/batches/${id}`)
        .set(cangxi.headers)
      expect(foreign.status).toBe(404)
      const trace = await request()
        .get(`/store/trace/${detail.body.batch.trace_code}`)
        .set(store())
      expect(trace.status).toBe(200)
      for (const name of ["阿苏拉则", "吉克阿呷", "曲比阿果"]) {
        expect(JSON.stringify(foreign.body)).not.toContain(name)
        expect(JSON.stringify(trace.body)).not.toContain(name)
      }
    })

    it("names the field for bad batches and writes nothing", async () => {
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ ...batchBody(), quantity: -3 }, /quantity/],
        [{ ...batchBody(), quantity: 100 }, /contributions/],
        [{ ...batchBody(), unit: "jin" }, /unit/],
        [{ ...batchBody(), harvested_at: "not a date" }, /harvested_at/],
        [
          {
            ...batchBody(),
            contributions: [
              { household_id: households[0], supplier_name: "x", quantity: 1 },
            ],
          },
          /contributions/,
        ],
        [
          {
            ...batchBody(),
            contributions: [{ household_id: "hh_not_a_member", quantity: 1 }],
          },
          /household_id/,
        ],
        [
          {
            ...batchBody(),
            inspection: {
              agency: "x",
              inspected_at: "2026-09-25",
              result: "fail",
            },
          },
          /inspection/,
        ],
        [{ ...batchBody(), colour: "red" }, /colour/],
      ]
      for (const [body, field] of cases) {
        const response = await request()
          .post("/vendor/batches")
          .set(zhaojue.headers)
          .send(body)
        expect(response.status).toBe(400)
        expect(response.body.message).toMatch(field)
      }
      expect(
        await services(getContainer()).batch().listBatches({})
      ).toHaveLength(0)
      expect(await stockOf(variantId)).toBe(0)
    })

    it("treats another cooperative's variant as not found", async () => {
      const response = await request()
        .post("/vendor/batches")
        .set(cangxi.headers)
        .send({ ...batchBody(), contributions: [] })
      expect(response.status).toBe(404)
      expect(await stockOf(variantId)).toBe(0)
    })

    it("leaves no batch, contribution, link or stock behind when the inventory step fails", async () => {
      const knex = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      )
      // Make the inventory update fail in the database, after the batch,
      // its contributions and the variant link were written.
      await knex.raw(`
        create or replace function tianfu_test_fail() returns trigger as $$
        begin raise exception 'injected inventory failure'; end; $$ language plpgsql;
        create trigger tianfu_test_fail before update on inventory_level
        for each row execute function tianfu_test_fail();
      `)
      try {
        const response = await request()
          .post("/vendor/batches")
          .set(zhaojue.headers)
          .send(batchBody())
        expect(response.status).toBeGreaterThanOrEqual(400)
      } finally {
        await knex.raw("drop trigger tianfu_test_fail on inventory_level")
      }
      expect(
        await services(getContainer()).batch().listBatches({})
      ).toHaveLength(0)
      expect(
        await services(getContainer()).batch().listBatchContributions({})
      ).toHaveLength(0)
      const links = await knex.raw(
        "select count(*)::int as n from product_product_variant_batch_batch where deleted_at is null"
      )
      expect(links.rows[0].n).toBe(0)
      expect(await stockOf(variantId)).toBe(0)
    })
  })

  describe("trace events and labels", () => {
    let batchId: string
    let traceCode: string

    beforeEach(async () => {
      const created = await request()
        .post("/vendor/batches")
        .set(zhaojue.headers)
        .send(batchBody())
      batchId = created.body.batch.id
      traceCode = created.body.batch.trace_code
    })

    it("keeps trace events append-only in the database", async () => {
      const event = await request()
        .post(`/vendor/batches/${batchId}/trace-events`)
        .set(zhaojue.headers)
        .send({
          type: "inspected",
          occurred_at: "2026-09-25T10:00:00Z",
          place: "西昌",
          note: "抽检合格",
        })
      const knex = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      )
      await expect(
        knex.raw("update trace_event set note = 'forged' where id = ?", [
          event.body.trace_event.id,
        ])
      ).rejects.toThrow(/append-only/)
      await expect(
        knex.raw("delete from trace_event where id = ?", [
          event.body.trace_event.id,
        ])
      ).rejects.toThrow(/append-only/)
    })

    it("corrects an event by appending one that names it and why; the trace page shows both", async () => {
      const append = (body: object, tenant = zhaojue) =>
        request()
          .post(`/vendor/batches/${batchId}/trace-events`)
          .set(tenant.headers)
          .send(body)
      const wrong = await append({
        type: "inspected",
        occurred_at: "2026-09-25T10:00:00Z",
        place: "西昌",
        note: "抽检合格",
      })
      const wrongId = wrong.body.trace_event.id as string
      const fixed = await append({
        type: "inspected",
        occurred_at: "2026-09-26T10:00:00Z",
        place: "昭觉",
        note: "抽检合格",
        corrects: { event_id: wrongId, reason: "检测日期和地点填错" },
      })
      expect(fixed.status).toBe(201)
      expect(fixed.body.trace_event).toMatchObject({
        corrects_event_id: wrongId,
        correction_reason: "检测日期和地点填错",
      })
      // Once only, never another cooperative's, never without a reason,
      // never an event of another batch.
      const twice = await append({
        type: "inspected",
        occurred_at: "2026-09-27T10:00:00Z",
        place: "昭觉",
        corrects: { event_id: wrongId, reason: "再改一次" },
      })
      expect([twice.status, twice.body.message]).toEqual([
        400,
        expect.stringContaining("already corrected"),
      ])
      const foreign = await append(
        {
          type: "inspected",
          occurred_at: "2026-09-27T10:00:00Z",
          place: "广元",
          corrects: { event_id: wrongId, reason: "别人的" },
        },
        cangxi
      )
      expect(foreign.status).toBe(404)
      const noReason = await append({
        type: "inspected",
        occurred_at: "2026-09-27T10:00:00Z",
        place: "昭觉",
        corrects: { event_id: wrongId },
      })
      expect([noReason.status, noReason.body.message]).toEqual([
        400,
        expect.stringContaining("corrects.reason"),
      ])
      const other = await request()
        .post("/vendor/batches")
        .set(zhaojue.headers)
        .send(batchBody())
      const elsewhere = await request()
        .post(`/vendor/batches/${other.body.batch.id}/trace-events`)
        .set(zhaojue.headers)
        .send({
          type: "inspected",
          occurred_at: "2026-09-27T10:00:00Z",
          place: "昭觉",
          corrects: { event_id: wrongId, reason: "跨批次" },
        })
      expect([elsewhere.status, elsewhere.body.message]).toEqual([
        404,
        expect.stringContaining("corrects.event_id"),
      ])
      // A correction may itself be corrected.
      const again = await append({
        type: "inspected",
        occurred_at: "2026-09-26T11:00:00Z",
        place: "昭觉",
        note: "抽检合格",
        corrects: { event_id: fixed.body.trace_event.id, reason: "时间再精确" },
      })
      expect(again.status).toBe(201)

      const trace = await request()
        .get(`/store/trace/${traceCode}`)
        .set(store())
      const events = trace.body.trace.timeline as {
        id: string | null
        place: string
        corrected_by: string | null
        correction_reason: string | null
      }[]
      expect(
        events.map((e) => [e.place, e.corrected_by, e.correction_reason])
      ).toEqual([
        ["好谷村", null, null],
        ["西昌", fixed.body.trace_event.id, null],
        ["昭觉", again.body.trace_event.id, "检测日期和地点填错"],
        ["昭觉", null, "时间再精确"],
      ])
      // The wrong event is still there, unedited.
      const { rows } = await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw("select place from trace_event where id = ?", [wrongId])
      expect(rows[0].place).toBe("西昌")
    })

    it("hides a batch from other cooperatives", async () => {
      expect(
        (await request().get(`/vendor/batches/${batchId}`).set(cangxi.headers))
          .status
      ).toBe(404)
      const event = await request()
        .post(`/vendor/batches/${batchId}/trace-events`)
        .set(cangxi.headers)
        .send({
          type: "shipped",
          occurred_at: "2026-10-01T00:00:00Z",
          place: "广元",
        })
      expect(event.status).toBe(404)
      expect(
        (
          await request()
            .get(`/vendor/batches/${batchId}/label`)
            .set(cangxi.headers)
        ).status
      ).toBe(404)
      const list = await request().get("/vendor/batches").set(cangxi.headers)
      expect(list.body.batches).toEqual([])
    })

    it("prints a QR label as SVG and PNG encoding the trace URL", async () => {
      const svg = await request()
        .get(`/vendor/batches/${batchId}/label`)
        .set(zhaojue.headers)
      expect(svg.status).toBe(200)
      expect(svg.headers["content-type"]).toMatch(/image\/svg\+xml/)
      expect(String(svg.text ?? svg.body)).toContain("<svg")
      expect(svg.headers["x-trace-url"]).toMatch(new RegExp(`/t/${traceCode}$`))
      const png = await request()
        .get(`/vendor/batches/${batchId}/label?format=png`)
        .set(zhaojue.headers)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = []
          res.on("data", (chunk: Buffer) => chunks.push(chunk))
          res.on("end", () => done(null, Buffer.concat(chunks)))
        })
      expect(png.headers["content-type"]).toBe("image/png")
      expect((png.body as Buffer).subarray(1, 4).toString()).toBe("PNG")
      const bad = await request()
        .get(`/vendor/batches/${batchId}/label?format=gif`)
        .set(zhaojue.headers)
      expect(bad.status).toBe(400)
      expect(bad.body.message).toMatch(/format/)
    })

    it("serves the public trace page without naming any household", async () => {
      const response = await request()
        .get(`/store/trace/${traceCode.toLowerCase()}`)
        .set(store())
      expect(response.status).toBe(200)
      expect(response.body.trace).toEqual(
        expect.objectContaining({
          code: traceCode,
          village: "好谷村",
          registered_households: 3,
          certifications: ["green_food", "geographic_indication"],
        })
      )
      expect(response.body.trace.cooperative.handle).toBe("zhaojue")
      expect(response.body.trace.county.code).toBe("513431")
      expect(response.body.trace.product.title).toBe("昭觉苦荞茶")
      const body = JSON.stringify(response.body)
      for (const id of households) expect(body).not.toContain(id)
      expect(body).not.toMatch(/阿苏拉则|吉克阿呷|曲比阿果|5134310101/)
      expect(body).not.toContain("LS-2026-0917")
    })

    it("answers unknown and malformed codes with the same 404", async () => {
      const unknown = await request()
        .get("/store/trace/2345678923")
        .set(store())
      const malformed = await request()
        .get("/store/trace/../../admin")
        .set(store())
      const short = await request().get("/store/trace/ABC").set(store())
      expect(unknown.status).toBe(404)
      expect(short.status).toBe(404)
      expect(unknown.body).toEqual(short.body)
      expect(malformed.status).toBe(404)
    })

    it("shows product provenance and the cooperative page", async () => {
      const provenance = await request()
        .get(`/store/products/${productId}/provenance`)
        .set(store())
      expect(provenance.status).toBe(200)
      expect(provenance.body.provenance).toEqual(
        expect.objectContaining({
          registered_households: 3,
          cooperative: expect.objectContaining({ handle: "zhaojue" }),
        })
      )
      expect(provenance.body.provenance.batches).toHaveLength(1)
      expect(JSON.stringify(provenance.body)).not.toMatch(/hh_/)
      const page = await request()
        .get("/store/cooperatives/zhaojue")
        .set(store())
      expect(page.status).toBe(200)
      expect(
        page.body.cooperative.products.map((p: { id: string }) => p.id)
      ).toEqual([productId])
      expect(
        (await request().get("/store/cooperatives/no-such-coop").set(store()))
          .status
      ).toBe(404)
    })
  })

  describe("orders", () => {
    it("links a placed order to each cooperative and shows each only its own lines", async () => {
      const kiwi = await createProduct(request, cangxi, {
        ...buckwheatTea("red-heart-kiwi"),
        title: "苍溪红心猕猴桃",
      })
      // Stock first: without a batch there is nothing to order.
      for (const [vendor, variant] of [
        [zhaojue, variantId],
        [cangxi, kiwi.variants[0].id],
      ] as const) {
        const stocked = await request()
          .post("/vendor/batches")
          .set(vendor.headers)
          .send({ ...batchBody(), variant_id: variant, contributions: [] })
        expect(stocked.status).toBe(201)
      }
      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
      const { result: order } = await engine.run("create-orders", {
        input: {
          region_id: base.regionId,
          sales_channel_id: base.salesChannelId,
          email: "buyer@example.com",
          currency_code: "cny",
          items: [
            { variant_id: variantId, quantity: 2 },
            { variant_id: kiwi.variants[0].id, quantity: 1 },
          ],
          shipping_address: {
            first_name: "张",
            last_name: "三",
            city: "成都",
            province: "四川",
            country_code: "cn",
            address_1: "天府大道 1 号",
          },
        },
      })
      // The subscriber runs on Medusa's own order.placed event.
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.placed", data: { id: order.id } })
      let mine = await request().get("/vendor/orders").set(zhaojue.headers)
      for (let i = 0; i < 50 && mine.body.orders.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        mine = await request().get("/vendor/orders").set(zhaojue.headers)
      }
      expect(mine.body.orders).toHaveLength(1)
      expect(
        mine.body.orders[0].items.map(
          (i: { product_id: string }) => i.product_id
        )
      ).toEqual([productId])
      expect(JSON.stringify(mine.body)).not.toContain("猕猴桃")
      expect(JSON.stringify(mine.body)).not.toContain("buyer@example.com")
      const theirs = await request()
        .get(`/vendor/orders/${order.id}`)
        .set(cangxi.headers)
      expect(theirs.status).toBe(200)
      expect(
        theirs.body.order.items.map((i: { product_id: string }) => i.product_id)
      ).toEqual([kiwi.id])
      // Replaying the event links nothing twice.
      await engine.run("link-order-to-cooperatives", {
        input: { order_id: order.id },
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["cooperatives.id"],
        filters: { id: order.id },
      })
      expect(data[0].cooperatives).toHaveLength(2)
    })

    it("404s an order that holds none of the cooperative's products", async () => {
      await request()
        .post("/vendor/batches")
        .set(zhaojue.headers)
        .send({ ...batchBody(), contributions: [] })
      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
      const { result: order } = await engine.run("create-orders", {
        input: {
          region_id: base.regionId,
          sales_channel_id: base.salesChannelId,
          email: "buyer@example.com",
          currency_code: "cny",
          items: [{ variant_id: variantId, quantity: 1 }],
        },
      })
      await engine.run("link-order-to-cooperatives", {
        input: { order_id: order.id },
      })
      expect(
        (await request().get(`/vendor/orders/${order.id}`).set(cangxi.headers))
          .status
      ).toBe(404)
      expect(
        (await request().get(`/vendor/orders/${order.id}`).set(zhaojue.headers))
          .status
      ).toBe(200)
    })
  })

  it("keeps the inventory module consistent with the batches", async () => {
    await request()
      .post("/vendor/batches")
      .set(zhaojue.headers)
      .send(batchBody())
    const levels = await getContainer()
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({})
    const total = levels.reduce(
      (sum, level) => sum + Number(level.stocked_quantity),
      0
    )
    const batches = await services(getContainer()).batch().listBatches({})
    expect(total).toBe(batches.reduce((sum, b) => sum + b.stock_quantity, 0))
  })

  // A batch recorded in error is voided, never deleted or edited: only
  // while nothing of it was sold and no member was paid for it.
  describe("voiding", () => {
    const sql = async <T>(text: string, bindings: string[] = []) =>
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(text, bindings)
      ).rows as T[]
    const obligationsOf = (batchId: string) =>
      sql<{ household_id: string; amount: number }>(
        `select household_id, amount from linkage_obligation
          where source_type = 'batch' and source_id = ? and deleted_at is null
          order by household_id`,
        [batchId]
      )
    const owedIn = async (household: string) =>
      Number(
        (
          await sql<{ owed: string }>(
            `select coalesce(sum(obligations), 0) as owed
               from linkage_rollup where household_id = ?`,
            [household]
          )
        )[0]?.owed ?? 0
      )
    const newBatch = async (body: object = {}) => {
      const response = await request()
        .post("/vendor/batches")
        .set(zhaojue.headers)
        .send({ ...batchBody(), purchase_price: 800, ...body })
      expect(response.status).toBe(201)
      return response.body.batch as { id: string; trace_code: string }
    }
    const voidIt = (id: string, tenant = zhaojue, body: object = {}) =>
      request()
        .post(`/vendor/batches/${id}/void`)
        .set(tenant.headers)
        .send({ reason: "重复录入：同一批次录了两次", ...body })

    it("withdraws the stock and the members' purchase obligations, keeps the record and says why on the trace page", async () => {
      const before = await stockOf(variantId)
      const owedBefore = await owedIn(households[0])
      const batch = await newBatch()
      expect(await stockOf(variantId)).toBe(before + 120)
      expect(await obligationsOf(batch.id)).toHaveLength(3)
      expect(await owedIn(households[0])).toBe(owedBefore + 40 * 800)

      // Bad input and another cooperative first: nothing changes.
      for (const [body, field] of [
        [{ reason: "" }, "reason"],
        [{ reason: "x".repeat(501) }, "reason"],
        [{ reason: "ok reason", extra: 1 }, "extra"],
      ] as const) {
        const refused = await voidIt(batch.id, zhaojue, body)
        expect([body, refused.status]).toEqual([body, 400])
        expect(refused.body.message).toContain(field)
      }
      const stranger = await voidIt(batch.id, cangxi)
      expect(stranger.status).toBe(404)
      const missing = await voidIt("batch_01NOTAREALBATCH000000000")
      expect(missing.status).toBe(404)
      expect(missing.body.message).toBe(
        stranger.body.message.replace(
          batch.id,
          "batch_01NOTAREALBATCH000000000"
        )
      )

      const voided = await voidIt(batch.id)
      expect(voided.status).toBe(200)
      expect(voided.body.void).toEqual({
        id: batch.id,
        withdrawn_stock: 120,
        withdrawn_obligations: 3,
      })
      expect(await stockOf(variantId)).toBe(before)
      expect(await obligationsOf(batch.id)).toEqual([])
      expect(await owedIn(households[0])).toBe(owedBefore)

      const detail = await request()
        .get(`/vendor/batches/${batch.id}`)
        .set(zhaojue.headers)
      expect(detail.body.batch).toMatchObject({
        void_reason: "重复录入：同一批次录了两次",
        voided_at: expect.any(String),
      })
      const trace = await request()
        .get(`/store/trace/${batch.trace_code}`)
        .set(store())
      expect(trace.status).toBe(200)
      expect(trace.body.trace.voided).toEqual({
        at: expect.any(String),
        reason: "重复录入：同一批次录了两次",
      })
      const provenance = await request()
        .get(`/store/products/${productId}/provenance`)
        .set(store())
      expect(
        provenance.body.provenance.batches.map(
          (b: { trace_code: string }) => b.trace_code
        )
      ).not.toContain(batch.trace_code)

      // Closed: a second void, and a new event, are refused.
      const again = await voidIt(batch.id)
      expect([again.status, again.body.message]).toEqual([
        400,
        expect.stringContaining("already voided"),
      ])
      const event = await request()
        .post(`/vendor/batches/${batch.id}/trace-events`)
        .set(zhaojue.headers)
        .send({ type: "packed", occurred_at: "2026-09-30", place: "合作社" })
      expect([event.status, event.body.message]).toEqual([
        400,
        expect.stringContaining("voided"),
      ])
      const [audit] = await sql<{ before: { obligations: unknown[] } }>(
        `select before from audit_entry
          where action = 'batch.voided' and resource_id = ?`,
        [batch.id]
      )
      expect(audit.before.obligations).toHaveLength(3)
    })

    it("refuses a batch whose units were sold, or whose members were paid, and changes nothing", async () => {
      const sold = await newBatch()
      await checkout(request, {
        publishableKey: base.publishableKey,
        items: [{ variant_id: variantId, quantity: 2 }],
      })
      const paid = await newBatch({ harvested_at: "2026-10-20" })
      const agreement = await request()
        .post("/vendor/agreements")
        .set(zhaojue.headers)
        .send({
          kind: "purchase",
          household_id: households[0],
          starts_on: "2026-01-01",
          floor_price: 500,
          unit: "kg",
        })
      expect(agreement.status).toBe(201)
      // Oldest first: pays the sold batch's 32,000 fen and 1 fen of the other's.
      const payout = await request()
        .post("/vendor/payouts")
        .set(zhaojue.headers)
        .send({
          agreement_id: agreement.body.agreement.id,
          amount: 40 * 800 + 1,
          paid_on: "2026-10-25",
          method: "wechat_pay",
          reference: "VOID-TEST-1",
        })
      expect(payout.status).toBe(201)
      const stock = await stockOf(variantId)
      for (const [batch, words] of [
        [sold, "were sold"],
        [paid, "already paid"],
      ] as const) {
        const obligations = await obligationsOf(batch.id)
        const refused = await voidIt(batch.id)
        expect([refused.status, refused.body.message]).toEqual([
          400,
          expect.stringContaining(words),
        ])
        expect(await obligationsOf(batch.id)).toEqual(obligations)
        const [row] = await sql<{ voided_at: Date | null }>(
          `select voided_at from batch where id = ?`,
          [batch.id]
        )
        expect(row.voided_at).toBeNull()
      }
      expect(await stockOf(variantId)).toBe(stock)
    })

    // An order for the batch's units and its void, at the same moment: one
    // of them wins, never both (a voided batch holding an order's units).
    it("never both voids a batch and allocates its units to an order placed at the same moment", async () => {
      for (let round = 0; round < 3; round++) {
        const batch = await newBatch({
          harvested_at: `2026-0${round + 1}-05`,
          quantity: 2,
          contributions: [{ household_id: households[0], quantity: 2 }],
        })
        const [order, voided] = await Promise.allSettled([
          checkout(request, {
            publishableKey: base.publishableKey,
            items: [{ variant_id: variantId, quantity: 1 }],
          }),
          voidIt(batch.id),
        ])
        const [held] = await sql<{ count: number }>(
          `select count(*)::int as count from batch_allocation
            where batch_id = ? and released_at is null`,
          [batch.id]
        )
        const [row] = await sql<{
          voided_at: Date | null
          allocated_quantity: number
        }>(`select voided_at, allocated_quantity from batch where id = ?`, [
          batch.id,
        ])
        const voidWon =
          voided.status === "fulfilled" && voided.value.status === 200
        expect([round, voidWon && held.count > 0]).toEqual([round, false])
        expect(Boolean(row.voided_at)).toBe(voidWon)
        if (!voidWon) expect(order.status).toBe("fulfilled")
        expect(row.allocated_quantity).toBe(held.count)
      }
    })
  })
})
