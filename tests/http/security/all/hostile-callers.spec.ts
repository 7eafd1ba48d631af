import { operator, TEST_PASSWORD, type Actor } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import {
  captureOrderPayment,
  checkout,
  prepareCart,
  prepareStorefront,
  refundOrderPayment,
  type Storefront,
} from "../../../helpers/checkout"
import { ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import { addBatch, addHousehold } from "../../../helpers/provenance"
import {
  type CooperativeTenant,
  createCounties,
  registerApprovedCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

// What hostile callers must not be able to do (issue "Security"): a
// cooperative selling while suspended, setting a household's status or
// planting a spreadsheet formula in a reviewer's CSV export; anyone turning
// bad input into a 500.
describeHttp("hostile callers", ({ request, getContainer }) => {
  let storefront: Storefront
  let admin: Actor
  let reviewer: Actor
  let coop: CooperativeTenant
  let product: { id: string; variants: { id: string }[] }
  let batchId: string

  const store = () => ({ "x-publishable-api-key": storefront.publishableKey })
  const status = async (to: "suspend" | "approve") => {
    const response = await request()
      .post(`/bureau/cooperatives/${coop.cooperative.id}/${to}`)
      .set(reviewer.headers)
      .send(to === "suspend" ? { reason: "抽检不合格" } : {})
    expect(response.status).toBe(200)
  }

  beforeAll(async () => {
    storefront = await prepareStorefront(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE])
    ;({ coop, bureau: reviewer } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@suspended.coop",
        name: "昭觉县停业合作社",
        handle: "suspended-coop",
        county_code: "513431",
        serial: "MA6TH0001",
      },
      {
        email: "reviewer@suspend.gov",
        name: "凉山州商务局",
        jurisdiction_code: "5134",
      }
    ))
    product = await createProduct(request, coop, buckwheatTea("halted-tea"))
    const household = await addHousehold(request, coop, "513431", 7)
    batchId = await addBatch(request, coop, product.variants[0].id, 50, [
      { household_id: household, quantity: 50 },
    ])
  })

  // Suspension stops its sales everywhere at once: store reads 404, carts
  // holding its lines are not completed, its staff write nothing but
  // shipments, and the orders it already has are still shipped and refunded.
  it("is not sold while suspended, writes nothing but shipments, and still ships and refunds its orders", async () => {
    const variant = product.variants[0].id
    const { order } = await checkout(request, {
      publishableKey: storefront.publishableKey,
      items: [{ variant_id: variant, quantity: 2 }],
    })
    await captureOrderPayment(request, admin, order.id)
    const waiting = await prepareCart(request, {
      publishableKey: storefront.publishableKey,
      items: [{ variant_id: variant, quantity: 1 }],
    })
    const { cart } = (
      await request().get(`/store/carts/${waiting.cartId}`).set(store())
    ).body
    const lineId = cart.items[0].id as string

    await status("suspend")

    const read = (path: string) => request().get(path).set(store())
    expect((await read(`/store/products/${product.id}`)).status).toBe(404)
    expect(
      (await read(`/store/products/${product.id}/provenance`)).status
    ).toBe(404)
    expect((await read("/store/product-handles/halted-tea")).status).toBe(404)
    const list = await read("/store/products?limit=100")
    expect(list.status).toBe(200)
    expect(list.body.products.map((p: { id: string }) => p.id)).not.toContain(
      product.id
    )
    const { cart: fresh } = (
      await request().post("/store/carts").set(store()).send({})
    ).body
    const add = await request()
      .post(`/store/carts/${fresh.id}/line-items`)
      .set(store())
      .send({ variant_id: variant, quantity: 1 })
    expect(add.status).toBe(400)
    expect(add.body.message).toContain("variant_id")
    const complete = await request()
      .post(`/store/carts/${waiting.cartId}/complete`)
      .set(store())
      .send({})
    expect(complete.status).toBe(400)
    expect(complete.body.message).toContain(lineId)

    for (const [path, body] of [
      ["/vendor/products", buckwheatTea("new-tea")],
      [`/vendor/products/${product.id}`, { title: "x" }],
      [
        "/vendor/batches",
        {
          variant_id: variant,
          harvested_at: "2026-09-01",
          village: "v",
          quantity: 1,
          unit: "kg",
        },
      ],
      [
        `/vendor/batches/${batchId}/trace-events`,
        { type: "packed", occurred_at: "2026-09-02", place: "p" },
      ],
      ["/vendor/invites", { email: "new@staff.coop" }],
      ["/vendor/me", { story: "x" }],
    ] as const) {
      const response = await request().post(path).set(coop.headers).send(body)
      expect([path, response.status, response.body.message]).toEqual([
        path,
        403,
        expect.stringContaining("suspended"),
      ])
    }
    const reads = await request().get("/vendor/orders").set(coop.headers)
    expect(reads.status).toBe(200)
    const shipped = await request()
      .post(`/vendor/orders/${order.id}/fulfillments`)
      .set(coop.headers)
      .send({ carrier: "self" })
    expect(shipped.status).toBe(201)
    await refundOrderPayment(request, admin, order.id, 10)

    await status("approve")
    expect((await read(`/store/products/${product.id}`)).status).toBe(200)
    const retry = await request()
      .post(`/store/carts/${waiting.cartId}/complete`)
      .set(store())
      .send({})
    expect([retry.status, retry.body.type]).toEqual([200, "order"])
  })
  it("cannot plant a formula in a reviewer's CSV export", async () => {
    const formula = '=HYPERLINK("http://evil.example","点击")'
    const response = await request()
      .post("/vendor/households")
      .set(coop.headers)
      .send({
        registry_number: "5134310101999",
        county_code: "513431",
        township: "@SUM(1+1)",
        village: formula,
        head_name: "户主",
        id_number: syntheticIdNumber("513431", "19800101", "999"),
        member_count: 3,
      })
    expect(response.status).toBe(201)
    // Only verified households are in the bureau's household reports.
    const verified = await request()
      .post(`/bureau/households/${response.body.household.id}/verify`)
      .set(reviewer.headers)
      .send({ decision: "verified" })
    expect(verified.status).toBe(200)
    const csv = await request()
      .get("/bureau/reports/omitted?format=csv")
      .set(reviewer.headers)
    expect(csv.status).toBe(200)
    expect(csv.text).toContain("'=HYPERLINK")
    // No cell starts with a formula character, quoted or not.
    for (const line of csv.text.replace(/^\uFEFF/, "").split("\n")) {
      expect(line).not.toMatch(/(^|,)"?[=+@]/)
    }
  })
  it("cannot set a household's status, which is the bureau's decision", async () => {
    const response = await request()
      .post("/vendor/households")
      .set(coop.headers)
      .send({
        registry_number: "5134310101998",
        county_code: "513431",
        township: "乡",
        village: "村",
        head_name: "户主",
        id_number: syntheticIdNumber("513431", "19800101", "998"),
        member_count: 3,
        status: "lifted",
        status_year: 2020,
      })
    expect(response.status).toBe(400)
    expect(response.body.message).toContain("status")
  })
  // Every one of these was a 500; each is a 400 naming the field, and the
  // value sent never comes back.
  it("answers bad input with a 400 naming the field, never a 500", async () => {
    // ~40 KB of JSON nested 10,000 levels deep, written as text (the
    // test's own JSON.stringify would overflow first).
    const nested = `{"email":"a@b.cn","password":${"[".repeat(10_000)}"x"${"]".repeat(10_000)}}`
    for (const [path, headers] of [
      ["/auth/customer/emailpass", {}],
      ["/auth/cooperative_user/emailpass", {}],
      ["/store/carts", store()],
      ["/vendor/households", coop.headers],
    ] as const) {
      const response = await request()
        .post(path)
        .set({ ...headers, "content-type": "application/json" })
        .send(nested)
      expect([path, response.status, response.body.message]).toEqual([
        path,
        400,
        expect.stringContaining("nest"),
      ])
    }
    const get = (path: string, headers: Record<string, string>) =>
      request().get(path).set(headers)
    const paging: [string, Record<string, string>][] = [
      ["/store/products", store()],
      ["/store/search", store()],
      ["/vendor/households", coop.headers],
      ["/bureau/households", reviewer.headers],
      ["/admin/orders", admin.headers],
    ]
    for (const [path, headers] of paging) {
      for (const [query, field] of [
        ["limit=-1", "limit"],
        ["offset=-1", "offset"],
        ["limit=abc", "limit"],
      ]) {
        const response = await get(`${path}?${query}`, headers)
        expect([path, query, response.status]).toEqual([path, query, 400])
        expect(response.body.message).toContain(field)
      }
    }
    const huge = await get("/store/products?limit=100000", store())
    expect([huge.status, huge.body.message]).toEqual([
      400,
      expect.stringContaining("limit"),
    ])
    for (const parent of ["abc", "51", "5100000", "51%00%00"]) {
      const response = await get(`/store/divisions?parent=${parent}`, store())
      expect([parent, response.status]).toEqual([parent, 400])
      expect(response.body.message).toContain("parent")
    }
    for (const [path, field] of [
      [
        "/bureau/reports/attribution?group_by=county&grain=year&from=0000-01-01",
        "from",
      ],
      [
        "/bureau/reports/attribution?group_by=county&grain=year&to=2026-02-30",
        "to",
      ],
      ["/bureau/audit-log?from=100000-01-01", "from"],
      ["/bureau/audit-log?to=0000-01-01", "to"],
    ]) {
      const response = await get(path, reviewer.headers)
      expect([path, response.status]).toEqual([path, 400])
      expect(response.body.message).toContain(field)
    }
    const surrogate = await request()
      .post("/vendor/me")
      .set(coop.headers)
      .send({ story: "苦荞\uD800" })
    expect([surrogate.status, surrogate.body.message]).toEqual([
      400,
      expect.stringContaining("story"),
    ])
    for (const occurred_at of [true, "2026-02-30", "0000-01-01", 1700000000]) {
      const response = await request()
        .post(`/vendor/batches/${batchId}/trace-events`)
        .set(coop.headers)
        .send({ type: "packed", occurred_at, place: "p" })
      expect([occurred_at, response.status]).toEqual([occurred_at, 400])
      expect(response.body.message).toContain("occurred_at")
      expect(response.body.message).not.toContain(String(occurred_at))
    }
  })
  it("throttles password guessing per account with a 429 and Retry-After", async () => {
    const login = (email: string, password: string) =>
      request()
        .post("/auth/cooperative_user/emailpass")
        .send({ email, password })
    const statuses: number[] = []
    let blocked: Awaited<ReturnType<typeof login>> | null = null
    for (let i = 0; i < 15 && !blocked; i++) {
      const response = await login("owner@suspended.coop", `guess-${i}`)
      statuses.push(response.status)
      if (response.status === 429) blocked = response
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(blocked?.status).toBe(429)
    expect(Number(blocked?.headers["retry-after"])).toBeGreaterThan(0)
    // The right password does not get through while the account is held,
    // and another account from the same address is not held with it.
    expect((await login("owner@suspended.coop", TEST_PASSWORD)).status).toBe(
      429
    )
    expect((await login("nobody@example.com", "x")).status).toBe(401)
  })

  // Who has an account is nobody's business: a login for an unknown e-mail
  // is answered as one with a wrong password, in about the same time (both
  // do one scrypt), and a registration of a taken e-mail says no more.
  it("answers an unknown e-mail as a wrong password, in about the same time", async () => {
    await request()
      .post("/auth/customer/emailpass/register")
      .send({ email: "known@example.com", password: TEST_PASSWORD })
    const login = async (email: string) => {
      const started = process.hrtime.bigint()
      const response = await request()
        .post("/auth/customer/emailpass")
        .send({ email, password: "not-the-password" })
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      return { status: response.status, body: response.body, ms }
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 4; i++) {
      const a = await login("known@example.com")
      const b = await login(`nobody-${i}@example.com`)
      expect([b.status, b.body]).toEqual([a.status, a.body])
      expect(a.status).toBe(401)
      known.push(a.ms)
      unknown.push(b.ms)
    }
    const ratio = median(unknown) / median(known)
    process.stdout.write(
      `login timing: known ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms (ratio ${ratio.toFixed(2)})\n`
    )
    expect(ratio).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.7)
    const taken = await request()
      .post("/auth/customer/emailpass/register")
      .send({ email: "known@example.com", password: "another-password" })
    const failed = await login("nobody@example.com")
    expect([taken.status, taken.body]).toEqual([failed.status, failed.body])
  })

  // Addresses shown as pictures and links in the storefront and console:
  // http(s) only, never script or inline data.
  it("refuses javascript: and data: addresses for logos, pictures and attachments", async () => {
    const hostile = [
      "javascript:alert(document.cookie)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "JaVaScRiPt://%0aalert(1)",
    ]
    for (const url of hostile) {
      const cases: [string, string, object][] = [
        ["/vendor/me", "logo_url", { logo_url: url }],
        [`/vendor/products/${product.id}`, "thumbnail", { thumbnail: url }],
        [
          `/vendor/batches/${batchId}/trace-events`,
          "attachments",
          {
            type: "packed",
            occurred_at: "2026-10-01T08:00:00Z",
            place: "竹核乡",
            attachments: [{ url }],
          },
        ],
      ]
      for (const [path, field, body] of cases) {
        const response = await request().post(path).set(coop.headers).send(body)
        expect([path, url, response.status]).toEqual([path, url, 400])
        expect(response.body.message).toContain(field)
        expect(response.body.message).not.toContain(url)
      }
    }
    const fine = await request()
      .post("/vendor/me")
      .set(coop.headers)
      .send({ logo_url: "https://cdn.example.com/logo.png" })
    expect(fine.status).toBe(200)
  })

  // The public trace page shows who recorded each step.
  it("names the cooperative, not a staff member's e-mail, on a trace event without an actor", async () => {
    const appended = await request()
      .post(`/vendor/batches/${batchId}/trace-events`)
      .set(coop.headers)
      .send({
        type: "inspected",
        occurred_at: "2026-10-02T08:00:00Z",
        place: "昭觉县质检站",
      })
    expect(appended.status).toBe(201)
    expect(appended.body.trace_event.actor).toBe("昭觉县停业合作社")
    const batch = await request()
      .get(`/vendor/batches/${batchId}`)
      .set(coop.headers)
    const trace = await request()
      .get(`/store/trace/${batch.body.batch.trace_code}`)
      .set(store())
    expect(trace.status).toBe(200)
    expect(JSON.stringify(trace.body)).toContain("昭觉县停业合作社")
    expect(JSON.stringify(trace.body)).not.toContain("owner@suspended.coop")
  })
})
