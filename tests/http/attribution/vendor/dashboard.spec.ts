import { type Actor, operator } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import {
  captureOrderPayment,
  checkout,
  prepareStorefront,
  type Storefront,
} from "../../../helpers/checkout"
import { eventually } from "../../../helpers/eventually"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  addBatch,
  addHousehold,
  verifyHouseholds,
} from "../../../helpers/provenance"
import {
  approveCooperative,
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(240 * 1000)

// The console's cooperative dashboard reads one month view: each month's
// sales with what of them reached households, and how many households the
// period reached; a cooperative with no sales gets zeros, not an error.
describeHttp("cooperative dashboard", ({ request, getContainer }) => {
  let storefront: Storefront
  let admin: Actor
  let zhaojue: CooperativeTenant
  let cangxi: CooperativeTenant
  let teaVariant: string

  // Beijing's current month, as the report labels periods.
  const thisMonth = () =>
    new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 7)

  beforeAll(async () => {
    storefront = await prepareStorefront(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    zhaojue = await registerCooperative(request, {
      email: "owner@zhaojue-dash.coop",
      name: "昭觉县苦荞合作社",
      handle: "zhaojue-dash",
      county_code: "513431",
      serial: "MA6DAHH01",
    })
    cangxi = await registerCooperative(request, {
      email: "owner@cangxi-dash.coop",
      name: "苍溪县猕猴桃合作社",
      handle: "cangxi-dash",
      county_code: "510824",
      serial: "MA6DAHH02",
    })
    const reviewer = await createBureauUser(request, admin, {
      email: "reviewer@sichuan-dash.gov",
      name: "四川省商务厅",
      jurisdiction_code: "51",
    })
    await approveCooperative(request, reviewer, zhaojue)
    const households: string[] = []
    for (let i = 0; i < 3; i++) {
      households.push(await addHousehold(request, zhaojue, "513431", i))
    }
    await verifyHouseholds(request, reviewer, households)
    const tea = await createProduct(request, zhaojue, buckwheatTea())
    teaVariant = tea.variants.find((v) => v.title === "1kg")!.id
    // The third household supplied nothing: registered, not reached.
    await addBatch(request, zhaojue, teaVariant, 120, [
      { household_id: households[0], quantity: 40 },
      { household_id: households[1], quantity: 50 },
      { supplier_name: "村集体", quantity: 30 },
    ])
  })

  it("gives each month its sales and the households' part, and counts households reached", async () => {
    const { order } = await checkout(request, {
      publishableKey: storefront.publishableKey,
      items: [{ variant_id: teaVariant, quantity: 2 }],
      email: "buyer@example.com",
    })
    await captureOrderPayment(request, admin, order.id)
    // 2 × 68 yuan = 13600 fen over 120 kg: 40/120 → 4533.33, 50/120 →
    // 5666.67, the supplier's 30/120 → 3400 (the cooperative's).
    await eventually(async () => {
      const month = await request()
        .get("/vendor/attribution?view=month")
        .set(zhaojue.headers)
      expect(month.status).toBe(200)
      expect(month.body.months).toEqual([
        expect.objectContaining({
          period: thisMonth(),
          key: zhaojue.cooperative.id,
          sales: 13600,
          refunds: 0,
          net: 13600,
          to_households: 10200,
          unverified: 0,
        }),
      ])
      expect(month.body.totals).toEqual({
        net: 13600,
        to_households: 10200,
        to_unverified_suppliers: 0,
        cooperative_remainder: 3400,
      })
      expect(month.body.households_reached).toBe(2)
    })
    const year = new Date().getFullYear()
    const households = await request()
      .get(`/vendor/attribution?view=household&from=${year}-01-01`)
      .set(zhaojue.headers)
    expect(households.body.households_reached).toBe(2)
    expect(households.body.count).toBe(2)

    const csv = await request()
      .get("/vendor/attribution?view=month&format=csv&layout=machine")
      .set(zhaojue.headers)
    expect(csv.status).toBe(200)
    const [header, row] = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
    expect(header.split(",")).toContain("to_households_fen")
    expect(row.split(",").at(-1)).toBe("10200")

    // The batch view's CSV names its columns whatever the rows hold.
    const batches = await request()
      .get("/vendor/attribution?view=batch&format=csv&layout=machine")
      .set(zhaojue.headers)
    expect(batches.status).toBe(200)
    const [batchHeader, batchRow] = batches.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
    expect(batchHeader.split(",")).toEqual([
      "batch_id",
      "trace_code",
      "harvested_at",
      "village",
      "quantity",
      "unit",
      "stock_quantity",
      "allocated_quantity",
      "sales",
      "refunds",
      "net",
    ])
    expect(batchRow.split(",").at(-1)).toBe("13600")
  })

  it("answers a cooperative with no sales with empty months and zeros", async () => {
    const month = await request()
      .get("/vendor/attribution?view=month")
      .set(cangxi.headers)
    expect(month.status).toBe(200)
    expect(month.body).toMatchObject({
      months: [],
      count: 0,
      totals: {
        net: 0,
        to_households: 0,
        to_unverified_suppliers: 0,
        cooperative_remainder: 0,
      },
      households_reached: 0,
    })
  })
})
