import { operator, registerCustomer, type Actor } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import {
  adminOrder,
  checkout,
  prepareStorefront,
  type Storefront,
} from "../../../helpers/checkout"
import { eventually } from "../../../helpers/eventually"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import {
  type ModelLine,
  type ModelOrder,
  modelPositions,
  modelTarget,
  sumBy,
} from "../../../helpers/ledger-model"
import { repairLedgers } from "../../../../backend/src/workflows/attribution/utils/repair-ledgers"
import { seededRandom } from "../../../../seed/src/demo/random"
import { describeHttp } from "../../../helpers/medusa-app"
import { services } from "../../../helpers/services"
import {
  addBatch,
  addHousehold,
  verifyHouseholds,
} from "../../../helpers/provenance"
import {
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerApprovedCooperative,
  approveCooperative,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(300 * 1000)

// Orders per model run: npm test runs a short one; `npm run
// test:reliability` sets LEDGER_MODEL_ORDERS for a long one.
const MODEL_ORDERS = Number(process.env.LEDGER_MODEL_ORDERS ?? 12)

type Variant = {
  id: string
  batch: string
  line: Omit<ModelLine, "line_item_id" | "net">
}

// Yuan as Medusa answers it (number or decimal string) to fen, half up.
function fen(yuan: unknown): number {
  const [whole, fraction = ""] = Number(yuan).toFixed(6).split(".")
  const sign = whole.startsWith("-") ? -1 : 1
  const cents = Math.abs(Number(whole)) * 100 + Number(fraction.slice(0, 2))
  return sign * (cents + (Number(fraction[2]) >= 5 ? 1 : 0))
}

// The ledger's money through HTTP only: captures, refunds and cancels as
// the operator sends them, checked after every step against an independent
// model (helpers/ledger-model.ts) per order, household, county and in
// total, and by reconciliation. Written for issue "Ledger truth".
describeHttp("ledger truth through HTTP", ({ request, getContainer }) => {
  let storefront: Storefront
  let admin: Actor
  let province: Actor
  let customer: Actor
  let zhaojue: CooperativeTenant
  let cangxi: CooperativeTenant
  const variants: Variant[] = []

  async function promotion(body: object) {
    const response = await request()
      .post("/admin/promotions")
      .set(admin.headers)
      .send(body)
    if (response.status !== 200) {
      throw new Error(
        `promotion: ${response.status} ${JSON.stringify(response.body)}`
      )
    }
  }

  beforeAll(async () => {
    storefront = await prepareStorefront(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    ;({ coop: zhaojue } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@truth-zj.coop",
        name: "昭觉县真账合作社",
        handle: "truth-zj",
        county_code: "513431",
        serial: "MA6TR0001",
      },
      {
        email: "reviewer@truth.gov",
        name: "四川省商务厅",
        jurisdiction_code: "51",
      }
    ))
    province = await createBureauUser(request, admin, {
      email: "province@truth.gov",
      name: "四川省商务厅",
      jurisdiction_code: "51",
    })
    cangxi = await registerCooperative(request, {
      email: "owner@truth-cx.coop",
      name: "苍溪县真账合作社",
      handle: "truth-cx",
      county_code: "510824",
      serial: "MA6TR0002",
    })
    await approveCooperative(request, province, cangxi)
    const hh = [
      await addHousehold(request, zhaojue, "513431", 1),
      await addHousehold(request, zhaojue, "513431", 2),
      await addHousehold(request, cangxi, "510824", 3),
      await addHousehold(request, cangxi, "510824", 4),
    ]
    await verifyHouseholds(request, province, hh)
    const tea = await createProduct(request, zhaojue, buckwheatTea("truth-tea"))
    const kiwiBody = buckwheatTea("truth-kiwi")
    kiwiBody.title = "苍溪红心猕猴桃"
    kiwiBody.variants[0].prices = [{ currency_code: "cny", amount: 88.8 }]
    kiwiBody.variants[1].prices = [{ currency_code: "cny", amount: 123.45 }]
    const kiwi = await createProduct(request, cangxi, kiwiBody)
    // One batch per variant with more stock than the runs sell, so each
    // line takes all its units from it; odd weights make remainders tie.
    const plan: [
      CooperativeTenant,
      string,
      string,
      [number, number],
      number,
    ][] = [
      [zhaojue, tea.variants[0].id, "513431", [300, 450], 100],
      [zhaojue, tea.variants[1].id, "513431", [333, 1], 0],
      [cangxi, kiwi.variants[0].id, "510824", [500, 499], 0],
      [cangxi, kiwi.variants[1].id, "510824", [7, 3], 5],
    ]
    for (const [tenant, variant, county, [a, b], supplier] of plan) {
      const [first, second] =
        tenant === zhaojue ? [hh[0], hh[1]] : [hh[2], hh[3]]
      const size = 1000
      const batch = await addBatch(request, tenant, variant, size, [
        { household_id: first, quantity: a },
        { household_id: second, quantity: b },
        ...(supplier ? [{ supplier_name: "村集体", quantity: supplier }] : []),
      ])
      variants.push({
        id: variant,
        batch,
        line: {
          batch_id: batch,
          cooperative_county: county,
          beneficiaries: [
            { household_id: first, county_code: county, weight: a },
            { household_id: second, county_code: county, weight: b },
            { household_id: null, county_code: county, weight: size - a - b },
          ],
        },
      })
    }
    await promotion({
      code: "TRUTH15",
      type: "standard",
      status: "active",
      application_method: {
        type: "percentage",
        target_type: "items",
        allocation: "across",
        value: 15,
        currency_code: "cny",
      },
    })
    await promotion({
      code: "TRUTH2345",
      type: "standard",
      status: "active",
      application_method: {
        type: "fixed",
        target_type: "order",
        allocation: "across",
        value: 23.45,
        currency_code: "cny",
      },
    })
    customer = await registerCustomer(
      request,
      storefront.publishableKey,
      "truth@example.com"
    )
  })

  // Places an order through the store API and builds its model from what
  // Medusa answered at placement (version 1): each line's net and the total.
  async function place(
    items: { variant: Variant; quantity: number }[],
    options: { promo?: string; guest?: boolean } = {}
  ): Promise<ModelOrder> {
    const { order } = await checkout(request, {
      publishableKey: storefront.publishableKey,
      items: items.map((i) => ({
        variant_id: i.variant.id,
        quantity: i.quantity,
      })),
      ...(options.guest
        ? { email: "guest@example.com" }
        : { customerToken: customer.token }),
      promoCodes: options.promo ? [options.promo] : [],
    })
    const placed = await adminOrder(
      request,
      admin,
      order.id,
      "id,total,items.id,items.variant_id,items.subtotal,items.discount_subtotal"
    )
    return {
      id: order.id,
      total: fen(placed.total),
      captured: 0,
      refunded: 0,
      lines: (placed.items ?? []).map((item) => {
        const variant = variants.find((v) => v.id === item.variant_id)!
        return {
          ...variant.line,
          line_item_id: item.id,
          net:
            fen(item.subtotal) -
            fen((item as { discount_subtotal?: unknown }).discount_subtotal),
        }
      }),
    }
  }

  async function paymentOf(orderId: string) {
    const order = await adminOrder(request, admin, orderId)
    return (order.payment_collections ?? [])
      .flatMap((c) => c.payments ?? [])
      .find((p) => !p.canceled_at)!
  }

  const send = (path: string, body: object) =>
    request().post(path).set(admin.headers).send(body)

  async function capture(model: ModelOrder, amount?: number) {
    const payment = await paymentOf(model.id)
    // Medusa's capture without an amount asks for the whole authorized
    // amount, so the rest of a partly captured payment is named.
    const rest = model.captured ? model.total - model.captured : undefined
    const yuan = amount ?? rest
    const response = await send(
      `/admin/payments/${payment.id}/capture`,
      yuan === undefined ? {} : { amount: yuan / 100 }
    )
    expect([response.status, response.body.message]).toEqual([200, undefined])
    model.captured =
      amount === undefined ? model.total : model.captured + amount
  }

  // The operator presses capture again on a captured payment. Medusa
  // refuses it while the capture stands, and captures again after refunds
  // (what it checks is captured minus refunded): either way the model
  // takes the captures Medusa records, and the ledger must follow.
  async function captureAgain(model: ModelOrder) {
    const payment = await paymentOf(model.id)
    const response = await send(`/admin/payments/${payment.id}/capture`, {})
    expect([200, 400]).toContain(response.status)
    const after = await paymentOf(model.id)
    model.captured = (after.captures ?? []).reduce(
      (sum, c) => sum + fen(c.amount),
      0
    )
  }

  async function refund(model: ModelOrder, amount: number) {
    const payment = await paymentOf(model.id)
    const response = await send(`/admin/payments/${payment.id}/refund`, {
      amount: amount / 100,
    })
    expect([response.status, response.body.message]).toEqual([200, undefined])
    model.refunded += amount
  }

  // Three identical refunds at once: each answer tells the truth.
  async function concurrentRefunds(model: ModelOrder, amount: number) {
    const payment = await paymentOf(model.id)
    const before = (payment.refunds ?? []).length
    const responses = await Promise.all(
      [0, 1, 2].map(() =>
        send(`/admin/payments/${payment.id}/refund`, { amount: amount / 100 })
      )
    )
    for (const r of responses) expect([200, 400, 409]).toContain(r.status)
    const ok = responses.filter((r) => r.status === 200).length
    const after = await paymentOf(model.id)
    expect((after.refunds ?? []).length - before).toBe(ok)
    model.refunded += ok * amount
    const order = await adminOrder(request, admin, model.id, "id,items.id")
    expect((order.items ?? []).length).toBe(model.lines.length)
  }

  async function cancel(model: ModelOrder) {
    const response = await send(`/admin/orders/${model.id}/cancel`, {})
    expect([response.status, response.body.message]).toEqual([200, undefined])
    model.refunded = model.captured
  }

  // The order's ledger as the operator reads it equals the model, position
  // by position (line × household or cooperative).
  async function expectLedger(model: ModelOrder, label: string) {
    const expected = Object.fromEntries(
      modelPositions(model).map((p) => [
        `${p.line_item_id}|${p.household_id ?? "-"}`,
        p.amount,
      ])
    )
    await eventually(async () => {
      const response = await request()
        .get(`/admin/orders/${model.id}/attribution`)
        .set(admin.headers)
      expect(response.status).toBe(200)
      const { attribution } = response.body
      const actual: Record<string, number> = {}
      for (const line of attribution.lines) {
        for (const h of line.holdings) {
          expect(h.amount).toBeGreaterThanOrEqual(0)
          if (!h.amount) continue
          const key = `${line.line_item_id}|${h.household_id ?? "-"}`
          actual[key] = (actual[key] ?? 0) + h.amount
        }
      }
      expect({
        label,
        total: attribution.ledger_total,
        positions: actual,
      }).toEqual({
        label,
        total: modelTarget(model),
        positions: expected,
      })
    })
  }

  async function expectCountiesAndReconciliation(models: ModelOrder[]) {
    const positions = models.flatMap(modelPositions)
    const year = new Date().getFullYear()
    const report = await request()
      .get(
        `/bureau/reports/attribution?group_by=county&grain=year&from=${year}-01-01`
      )
      .set(province.headers)
    expect(report.status).toBe(200)
    const counties = Object.fromEntries(
      report.body.attribution
        .filter((r: { net: number }) => r.net !== 0)
        .map((r: { key: string; net: number }) => [r.key, r.net])
    )
    expect(counties).toEqual(sumBy(positions, "county"))
    expect(report.body.totals.net).toBe(
      positions.reduce((s, p) => s + p.amount, 0)
    )
    const households = await request()
      .get(
        `/bureau/reports/attribution?group_by=household&grain=year&from=${year}-01-01`
      )
      .set(province.headers)
    const byHousehold = Object.fromEntries(
      households.body.attribution
        .filter((r: { net: number }) => r.net !== 0)
        .map((r: { household_id: string; net: number }) => [
          r.household_id,
          r.net,
        ])
    )
    const { cooperative: _coop, ...expectedHouseholds } = sumBy(
      positions,
      "household"
    )
    expect(byHousehold).toEqual(expectedHouseholds)
    const run = await send("/admin/attribution/reconciliation", {})
    expect(run.status).toBe(201)
    expect(run.body.differences).toEqual([])
  }

  it("takes a discounted order back to zero when it is refunded in full", async () => {
    const model = await place(
      [
        { variant: variants[0], quantity: 3 },
        { variant: variants[1], quantity: 1 },
      ],
      { promo: "TRUTH15" }
    )
    expect(model.lines.every((l) => l.net > 0)).toBe(true)
    await capture(model)
    await expectLedger(model, "captured")
    await refund(model, 3000)
    await expectLedger(model, "refunded 30 yuan")
    await refund(model, model.captured - model.refunded)
    await expectLedger(model, "refunded in full")
    expect(modelTarget(model)).toBe(0)
    const own = await request()
      .get(`/vendor/orders/${model.id}/attribution`)
      .set(zhaojue.headers)
    expect(own.status).toBe(200)
    const other = await request()
      .get(`/vendor/orders/${model.id}/attribution`)
      .set(cangxi.headers)
    expect(other.status).toBe(404)
    await expectCountiesAndReconciliation([model])
  })

  it("records three identical refunds sent at once truthfully and keeps the order whole", async () => {
    const model = await place(
      [
        { variant: variants[0], quantity: 1 },
        { variant: variants[2], quantity: 2 },
      ],
      { promo: "TRUTH2345", guest: true }
    )
    await capture(model)
    await concurrentRefunds(model, 2025)
    await expectLedger(model, "after concurrent refunds")
    await expectCountiesAndReconciliation([model])
  })

  it("attributes only what is captured, and a capture after a refund moves the ledger", async () => {
    const model = await place(
      [
        { variant: variants[1], quantity: 2 },
        { variant: variants[3], quantity: 1 },
      ],
      { promo: "TRUTH15" }
    )
    await capture(model, Math.floor(model.total / 3))
    await expectLedger(model, "a third captured")
    await refund(model, 1234)
    await expectLedger(model, "part refunded")
    await capture(model, model.total - model.captured)
    await expectLedger(model, "the rest captured")
    await cancel(model)
    await expectLedger(model, "canceled")
    await expectCountiesAndReconciliation([model])
  })

  // A return makes new order versions (return request, its confirmation)
  // with their own copies of the discount adjustments; the ledger moves
  // only with the refund that follows, from the current version's net.
  it("follows a returned line's refund on a discounted order", async () => {
    const model = await place(
      [
        { variant: variants[0], quantity: 2 },
        { variant: variants[2], quantity: 1 },
      ],
      { promo: "TRUTH15" }
    )
    await capture(model)
    for (const tenant of [zhaojue, cangxi]) {
      const shipped = await request()
        .post(`/vendor/orders/${model.id}/fulfillments`)
        .set(tenant.headers)
        .send({ carrier: "ems", tracking_number: "EMS1234567890" })
      expect(shipped.status).toBe(201)
    }
    const begun = await send("/admin/returns", { order_id: model.id })
    expect([begun.status, begun.body.message]).toEqual([200, undefined])
    const returnId = begun.body.return.id as string
    const items = await send(`/admin/returns/${returnId}/request-items`, {
      items: [{ id: model.lines[0].line_item_id, quantity: 1 }],
    })
    expect([items.status, items.body.message]).toEqual([200, undefined])
    const requested = await send(`/admin/returns/${returnId}/request`, {})
    expect([requested.status, requested.body.message]).toEqual([200, undefined])
    await expectLedger(model, "return requested")
    await refund(model, Math.round(model.lines[0].net / 2))
    await expectLedger(model, "returned line refunded")
    await expectCountiesAndReconciliation([model])
  })

  it("repairs a ledger written with a wrong net by appending corrections, once", async () => {
    const model = await place(
      [
        { variant: variants[0], quantity: 2 },
        { variant: variants[2], quantity: 1 },
      ],
      { promo: "TRUTH15" }
    )
    await capture(model)
    await refund(model, 3000)
    await expectLedger(model, "before the damage")
    // What an older rule left behind: 777 fen too many with the cooperative,
    // under the source id captures had before they had their own.
    const payment = await paymentOf(model.id)
    const line = model.lines[0]
    await services(getContainer())
      .attribution()
      .recordEntries([
        {
          order_id: model.id,
          line_item_id: line.line_item_id,
          batch_id: line.batch_id,
          household_id: null,
          cooperative_id: zhaojue.cooperative.id,
          county_code: line.cooperative_county,
          amount: 777,
          kind: "sale",
          source_event_id: `capture:${payment.id}`,
          occurred_at: new Date().toISOString(),
        },
      ])
    const checked = await send("/admin/attribution/reconciliation", {})
    expect(checked.body.differences).toEqual([
      expect.objectContaining({
        order_id: model.id,
        expected: modelTarget(model),
        actual: modelTarget(model) + 777,
      }),
    ])
    const first = await repairLedgers(getContainer())
    expect(first).toMatchObject({
      orders_touched: 1,
      still_different: [],
    })
    expect(first.fen_removed - first.fen_added).toBe(777)
    await expectLedger(model, "repaired")
    const sources = (
      await services(getContainer())
        .attribution()
        .listAttributionEntries({ order_id: model.id }, { take: null })
    ).map((e) => e.source_event_id)
    expect(sources).toContain(`correction:${model.id}:1`)
    const second = await repairLedgers(getContainer())
    expect(second).toMatchObject({ orders_touched: 0, entries_written: 0 })
    await expectCountiesAndReconciliation([model])
  })

  it(
    `keeps every figure equal to the model over ${MODEL_ORDERS} random orders`,
    async () => {
      const seed = Number(process.env.LEDGER_MODEL_SEED ?? Date.now() % 1e9)
      const random = seededRandom(seed)
      const models: ModelOrder[] = []
      const log: string[] = []
      try {
        for (let n = 0; n < MODEL_ORDERS; n++) {
          const items = Array.from({ length: random.int(1, 3) }, () => ({
            variant: random.pick(variants),
            quantity: random.int(1, 3),
          })).filter(
            (item, i, all) =>
              all.findIndex((x) => x.variant === item.variant) === i
          )
          const promo = random.pick([undefined, "TRUTH15", "TRUTH2345"])
          const guest = random.next() < 0.4
          log.push(
            `place ${items.map((i) => `${i.variant.id}×${i.quantity}`).join(",")} ${promo ?? ""}${guest ? " guest" : ""}`
          )
          const model = await place(items, { promo, guest })
          models.push(model)
          for (let step = random.int(1, 5); step > 0; step--) {
            const held = model.captured - model.refunded
            const open = model.total - model.captured
            // Cancels end an order's run, so they come up less often.
            const choices = [
              ...(open > 0 ? ["capture", "capture", "capture-part"] : []),
              ...(held > 1
                ? [
                    "refund-part",
                    "refund-part",
                    "refund-all",
                    "concurrent-refunds",
                  ]
                : []),
              ...(open > 0 || held > 1 ? ["cancel"] : []),
              // The operator presses capture again on a captured payment.
              ...(open <= 0 && model.captured > 0 ? ["capture-again"] : []),
            ]
            if (!choices.length) break
            const action = random.pick(choices)
            log.push(`${model.id}: ${action}`)
            if (action === "capture") await capture(model)
            if (action === "capture-part")
              await capture(model, random.int(1, Math.max(1, open - 1)))
            if (action === "capture-again") await captureAgain(model)
            if (action === "refund-part")
              await refund(model, random.int(1, held - 1))
            if (action === "refund-all") await refund(model, held)
            if (action === "concurrent-refunds")
              await concurrentRefunds(
                model,
                random.int(1, Math.floor(held / 2))
              )
            await (action === "cancel" ? cancel(model) : Promise.resolve())
            await expectLedger(model, `${model.id} after ${action}`)
            if (action === "cancel") break
          }
        }
        await expectCountiesAndReconciliation(models)
      } catch (error) {
        process.stdout.write(
          `ledger model failed with LEDGER_MODEL_SEED=${seed}\n${log.join("\n")}\n`
        )
        throw error
      }
      // An order takes ~2.7 s through HTTP here: test:reliability's 150 need
      // more than the default five minutes.
    },
    Math.max(300_000, MODEL_ORDERS * 6_000)
  )
})
