import { seedBaseStore } from "../../../../seed/src/base-store"
import type { EntryInput } from "../../../../backend/src/modules/attribution/service"
import { type Actor, loginAs, operator } from "../../../helpers/actors"
import { BUTUO, CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
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

// The bureau's household reports over a ledger written directly (two years
// of money for four households), checked against sums done by hand: the
// poverty line, omitted households, falling incomes and concentration, each
// kept inside the reviewer's jurisdiction.
describeHttp("bureau household reports", ({ request, getContainer }) => {
  const year = new Date().getFullYear()
  let admin: Actor
  let publishableKey: string
  let liangshan: Actor
  let zhaojue: CooperativeTenant
  let cangxi: CooperativeTenant
  const hh: Record<"a" | "b" | "c" | "d", string> = {
    a: "",
    b: "",
    c: "",
    d: "",
  }

  async function addHousehold(
    tenant: CooperativeTenant,
    county: string,
    serial: string,
    members: number
  ) {
    const response = await request()
      .post("/vendor/households")
      .set(tenant.headers)
      .send({
        registry_number: `${county}0202${serial}`,
        county_code: county,
        township: "乡",
        village: "村",
        head_name: `吉克${serial}`,
        id_number: syntheticIdNumber(county, "19750505", serial),
        member_count: members,
      })
    expect(response.status).toBe(201)
    return response.body.household.id as string
  }

  const sale = (
    household: string,
    amount: number,
    at: string,
    tenant: CooperativeTenant,
    county: string,
    kind: "sale" | "refund" = "sale"
  ): EntryInput => ({
    order_id: `order_${household}_${at}`,
    line_item_id: `ordli_${household}_${at}`,
    batch_id: "batch_reports",
    household_id: household,
    cooperative_id: tenant.cooperative.id,
    county_code: county,
    amount,
    kind,
    source_event_id: `${kind}:${household}:${at}`,
    occurred_at: at,
  })

  async function get(path: string, actor = liangshan) {
    const response = await request().get(path).set(actor.headers)
    expect(response.status).toBe(200)
    return response.body
  }

  beforeAll(async () => {
    publishableKey = (await seedBaseStore(getContainer())).publishableKey
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, BUTUO, CANGXI])
    zhaojue = await registerCooperative(request, {
      email: "owner@reports.coop",
      name: "昭觉县报表合作社",
      handle: "reports",
      county_code: "513431",
      serial: "MA6RP0001",
    })
    cangxi = await registerCooperative(request, {
      email: "owner@reports-cangxi.coop",
      name: "苍溪县报表合作社",
      handle: "reports-cangxi",
      county_code: "510824",
      serial: "MA6RP0002",
    })
    const province = await createBureauUser(request, admin, {
      email: "province@reports.gov",
      name: "四川省商务厅",
      jurisdiction_code: "51",
    })
    liangshan = await createBureauUser(request, admin, {
      email: "liangshan@reports.gov",
      name: "凉山州商务局",
      jurisdiction_code: "5134",
    })
    for (const tenant of [zhaojue, cangxi]) {
      await approveCooperative(request, province, tenant)
    }
    hh.a = await addHousehold(zhaojue, "513431", "001", 4)
    hh.b = await addHousehold(zhaojue, "513431", "002", 2)
    hh.c = await addHousehold(zhaojue, "513431", "003", 3)
    hh.d = await addHousehold(cangxi, "510824", "004", 1)
    // The province's reviewer verifies them: household reports count only
    // verified households (one typed in and never verified is below).
    for (const id of Object.values(hh)) {
      const verified = await request()
        .post(`/bureau/households/${id}/verify`)
        .set(province.headers)
        .send({ decision: "verified" })
      expect(verified.status).toBe(200)
    }
    const last = `${year - 1}-06-01T04:00:00Z`
    const now = `${year}-03-10T04:00:00Z`
    await services(getContainer())
      .attribution()
      .recordEntries([
        sale(hh.a, 300000, last, zhaojue, "513431"),
        sale(hh.b, 100000, last, zhaojue, "513431"),
        sale(hh.a, 520000, now, zhaojue, "513431"),
        sale(hh.a, 20000, now, zhaojue, "513431", "refund"),
        sale(hh.b, 40000, now, zhaojue, "513431"),
        sale(hh.d, 999999, now, cangxi, "510824"),
      ])
  })

  it("counts as income what households confirmed receiving, revenue beside it, and never a lifted household as below", async () => {
    // Income is money a household confirmed on its slip: a's 8,000 yuan
    // of wages; b's 9,000 not confirmed yet counts nothing. c is lifted.
    const pay = async (household: string, amount: number, confirm: boolean) => {
      const agreement = await request()
        .post("/vendor/agreements")
        .set(zhaojue.headers)
        .send({
          kind: "wage",
          household_id: household,
          starts_on: `${year}-01-01`,
          daily_wage: 10000,
        })
      expect(agreement.status).toBe(201)
      const payout = await request()
        .post("/vendor/payouts")
        .set(zhaojue.headers)
        .send({
          agreement_id: agreement.body.agreement.id,
          amount,
          paid_on: `${year}-03-15`,
          method: "bank_transfer",
          reference: `WAGE-${household}`,
        })
      expect(payout.status).toBe(201)
      if (!confirm) return
      const slip = await request()
        .post(`/vendor/payouts/${payout.body.payout.id}/slip`)
        .set(zhaojue.headers)
        .send({})
      const answered = await request()
        .post(`/store/payout-slips/${slip.body.slip.url.split("/p/")[1]}`)
        .set({ "x-publishable-api-key": publishableKey })
        .send({ outcome: "confirmed" })
      expect(answered.status).toBe(201)
    }
    await pay(hh.a, 800000, true)
    await pay(hh.b, 900000, false)
    const lifted = await request()
      .post(`/bureau/households/${hh.c}/status`)
      .set(liangshan.headers)
      .send({ status: "lifted", year })
    expect(lifted.status).toBe(200)

    const body = await get(`/bureau/reports/poverty-line?year=${year}`)
    expect(body.poverty_line).toEqual({ year: 2020, amount: 400000 })
    const byId = Object.fromEntries(
      body.households.map((h: { household_id: string }) => [h.household_id, h])
    )
    // Cangxi's household is outside Liangshan.
    expect(Object.keys(byId).sort()).toEqual([hh.a, hh.b, hh.c].sort())
    // a: 800000 confirmed / 4 members; revenue (520000 − 20000) beside.
    expect(byId[hh.a]).toMatchObject({
      income: 800000,
      income_per_member: 200000,
      revenue: 500000,
      revenue_per_member: 125000,
      line_coverage_bp: 5000,
      below_line: true,
      head_name: expect.stringMatching(/^吉\*+$/),
    })
    expect(byId[hh.b]).toMatchObject({
      income: 0,
      revenue: 40000,
      revenue_per_member: 20000,
      below_line: true,
    })
    expect(byId[hh.c]).toMatchObject({
      income: 0,
      revenue: 0,
      status: "lifted",
      below_line: false,
    })
    // Lowest income per member first.
    expect(
      body.households.map((h: { household_id: string }) => h.household_id)
    ).toEqual([hh.b, hh.c, hh.a])
    expect(JSON.stringify(body)).not.toMatch(/吉克00/)
    // Below the line: the lifted household is not among them.
    const below = await get(
      `/bureau/reports/poverty-line?year=${year}&below_line_only=true`
    )
    expect(
      below.households.map((h: { household_id: string }) => h.household_id)
    ).toEqual([hh.b, hh.a])
    // The CSV labels which figure is which: for machines by code in fen,
    // for a reviewer in words and yuan, with the county's name.
    const machine = await request()
      .get(
        `/bureau/reports/poverty-line?year=${year}&format=csv&layout=machine`
      )
      .set(liangshan.headers)
    expect(machine.text.split("\n")[0]).toContain(
      "income_confirmed_fen,income_other_fen,income_total_fen,income_per_member_fen,revenue_attributed_fen"
    )
    const reviewer = await request()
      .get(`/bureau/reports/poverty-line?year=${year}&format=csv`)
      .set(liangshan.headers)
    const [header, ...rows] = reviewer.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
    expect(header).toContain(
      "确认收款（元）,其他收入（元）,总收入（元）,人均收入（元）,归属销售收益（元）"
    )
    expect(header).toContain("县代码,县名")
    expect(rows.length).toBeGreaterThan(0)
    const columns = header.split(",")
    const at = (name: string) => columns.indexOf(name)
    for (const row of rows) {
      const cells = row.split(",")
      expect(cells[at("县名")]).toBe(
        { "513431": "昭觉县", "513429": "布拖县" }[cells[at("县代码")]]
      )
      for (const amount of ["总收入（元）", "人均收入（元）"]) {
        expect(cells[at(amount)]).toMatch(/^-?\d+\.\d{2}$/)
      }
    }
    const english = await request()
      .get(`/bureau/reports/poverty-line?year=${year}&format=csv&lang=en`)
      .set(liangshan.headers)
    expect(english.text).toContain("Income per member (CNY)")
    expect(english.text).toMatch(
      /,513431,Zhaojue County,|,513429,Butuo County,/
    )
  })

  it("counts only verified households: a pending or rejected supplier's share is in no household figure but in 'unverified suppliers', and verifying it brings its history in to the fen", async () => {
    const pending = await addHousehold(zhaojue, "513431", "005", 2)
    const rejected = await addHousehold(zhaojue, "513431", "006", 3)
    const province = await loginAs(
      request,
      "bureau_user",
      "province@reports.gov"
    )
    const decide = (id: string, decision: "verified" | "rejected") =>
      request()
        .post(`/bureau/households/${id}/verify`)
        .set(province.headers)
        .send({ decision })
    expect((await decide(rejected, "rejected")).status).toBe(200)
    const at = `${year}-02-01T04:00:00Z`
    await services(getContainer())
      .attribution()
      .recordEntries([
        sale(pending, 70000, at, zhaojue, "513431"),
        sale(rejected, 33000, at, zhaojue, "513431"),
        sale(rejected, 3000, at, zhaojue, "513431", "refund"),
      ])
    const range = `from=${year}-01-01&to=${year}-12-31&grain=year`
    type Row = { key: string; net: number; unverified?: number }
    const attribution = async (groupBy: string) => {
      const body = await get(
        `/bureau/reports/attribution?${range}&group_by=${groupBy}&limit=100`
      )
      return {
        rows: body.attribution as Row[],
        totals: body.totals as { net: number; unverified: number },
      }
    }
    const impact = async () =>
      (
        await request()
          .get("/store/impact")
          .set({ "x-publishable-api-key": publishableKey })
      ).body.impact as {
        to_households: number
        to_unverified_suppliers: number
        households: number
        total: number
      }
    const listed = async (path: string) =>
      ((await get(path)).households as { household_id: string }[]).some(
        (h) => h.household_id === pending || h.household_id === rejected
      )
    const householdReports = [
      `/bureau/reports/poverty-line?year=${year}&limit=100`,
      "/bureau/reports/omitted?limit=100",
      `/bureau/reports/income-decline?year=${year}&limit=100`,
    ]

    // Before: neither is a household anywhere; both are in the county's
    // and the cooperative's "unverified suppliers" (70000 + 30000).
    for (const path of householdReports)
      expect([path, await listed(path)]).toEqual([path, false])
    const byHousehold = await attribution("household")
    expect(byHousehold.rows.map((r) => r.key).sort()).toEqual(
      [hh.a, hh.b].sort()
    )
    // Registered households' net this year: a 500000, b 40000.
    expect(byHousehold.totals).toMatchObject({
      net: 540000,
      unverified: 100000,
    })
    const byCounty = await attribution("county")
    expect(byCounty.rows).toEqual([
      expect.objectContaining({
        key: "513431",
        net: 640000,
        unverified: 100000,
      }),
    ])
    expect(byCounty.totals).toMatchObject({ net: 640000, unverified: 100000 })
    const byCooperative = await attribution("cooperative")
    expect(byCooperative.rows).toEqual([
      expect.objectContaining({
        key: zhaojue.cooperative.id,
        unverified: 100000,
      }),
    ])
    const csv = await request()
      .get(
        `/bureau/reports/attribution?${range}&group_by=county&format=csv&layout=machine`
      )
      .set(liangshan.headers)
    const [header, line] = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
    expect(header.split(",").slice(-2)).toEqual([
      "net_fen",
      "unverified_suppliers_fen",
    ])
    expect(line.split(",").slice(-2)).toEqual(["640000", "100000"])
    // The same figures as a reviewer reads them: yuan, two decimals.
    const forReviewer = await request()
      .get(`/bureau/reports/attribution?${range}&group_by=county&format=csv`)
      .set(liangshan.headers)
    const [words, yuan] = forReviewer.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
    expect(words.split(",").slice(-2)).toEqual([
      "净额（元）",
      "未核验供货人（元）",
    ])
    expect(yuan.split(",").slice(-2)).toEqual(["6400.00", "1000.00"])
    const concentration = await get(
      `/bureau/reports/concentration?from=${year}-01-01&to=${year}-12-31`
    )
    expect(concentration.concentration).toMatchObject({
      households_with_income: 2,
      total_income: 540000,
    })
    const before = await impact()
    expect(before.to_unverified_suppliers).toBe(100000)
    expect(before.total - before.to_households).toBeGreaterThanOrEqual(100000)
    // The cooperative sees them as its own line, not as households' money
    // nor as its remainder.
    const coop = await request()
      .get(`/vendor/attribution?view=household&${range}`)
      .set(zhaojue.headers)
    expect(coop.status).toBe(200)
    expect(coop.body.totals).toMatchObject({
      net: 640000,
      to_households: 540000,
      to_unverified_suppliers: 100000,
      cooperative_remainder: 0,
    })
    expect(
      (coop.body.households as { key: string; verification: string }[])
        .filter((r) => r.key === pending || r.key === rejected)
        .map((r) => r.verification)
        .sort()
    ).toEqual(["pending", "rejected"])

    // Verified: its sale, recorded before, is in every figure now, to the
    // fen, and nothing in the ledger was rewritten.
    const entries = await services(getContainer())
      .attribution()
      .listAttributionEntries({ household_id: pending })
    expect((await decide(pending, "verified")).status).toBe(200)
    const row = (
      (await get(`/bureau/reports/poverty-line?year=${year}&limit=100`))
        .households as { household_id: string; revenue: number }[]
    ).find((h) => h.household_id === pending)
    expect(row?.revenue).toBe(70000)
    const after = await attribution("household")
    expect(after.rows.find((r) => r.key === pending)?.net).toBe(70000)
    expect(after.totals).toMatchObject({ net: 610000, unverified: 30000 })
    expect((await attribution("county")).rows).toEqual([
      expect.objectContaining({
        key: "513431",
        net: 640000,
        unverified: 30000,
      }),
    ])
    const counted = await impact()
    expect(counted.to_households - before.to_households).toBe(70000)
    expect(counted.to_unverified_suppliers).toBe(30000)
    expect(counted.households - before.households).toBe(1)
    expect(counted.total).toBe(before.total)
    expect(
      await services(getContainer())
        .attribution()
        .listAttributionEntries({ household_id: pending })
    ).toEqual(entries)
    // Rejected again: out of the figures again.
    expect((await decide(pending, "rejected")).status).toBe(200)
    expect(
      await listed(`/bureau/reports/poverty-line?year=${year}&limit=100`)
    ).toBe(false)
    expect((await attribution("household")).totals.unverified).toBe(100000)
  })

  it("follows a line the operator sets for a year", async () => {
    await request()
      .post("/admin/poverty-lines")
      .set(admin.headers)
      .send({ year, amount: 450000, note: "test line" })
      .expect(200)
    const body = await get(`/bureau/reports/poverty-line?year=${year}`)
    expect(body.poverty_line).toEqual({ year, amount: 450000 })
    const bad = await request()
      .post("/admin/poverty-lines")
      .set(admin.headers)
      .send({ year, amount: -5 })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/amount/)
  })

  it("lists households with no income in the period as omitted", async () => {
    const body = await get(
      `/bureau/reports/omitted?from=${year}-01-01&to=${year}-12-31`
    )
    expect(
      body.households.map((h: { household_id: string }) => h.household_id)
    ).toEqual([hh.c])
    expect(body.count).toBe(1)
    // Narrowed to a township by name: the households there, none elsewhere.
    const there = await get(
      `/bureau/reports/omitted?from=${year}-01-01&to=${year}-12-31&township=${encodeURIComponent("乡")}`
    )
    expect(there.count).toBe(1)
    const elsewhere = await get(
      `/bureau/reports/omitted?from=${year}-01-01&to=${year}-12-31&township=${encodeURIComponent("竹核乡")}`
    )
    expect(elsewhere.count).toBe(0)
    const poverty = await get(
      `/bureau/reports/poverty-line?year=${year}&township=${encodeURIComponent("竹核乡")}`
    )
    expect(poverty.count).toBe(0)
    const tooLong = await request()
      .get(`/bureau/reports/omitted?township=${"乡".repeat(61)}`)
      .set(liangshan.headers)
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.message).toContain("township")
  })

  it("lists households whose income fell from last year", async () => {
    const body = await get(`/bureau/reports/income-decline?year=${year}`)
    expect(body.previous_year_households).toBeGreaterThan(0)
    // A year with no year before it to compare says so.
    const first = await get(`/bureau/reports/income-decline?year=2001`)
    expect(first).toMatchObject({ count: 0, previous_year_households: 0 })
    expect(body.households).toEqual([
      expect.objectContaining({
        household_id: hh.b,
        previous_income: 100000,
        current_income: 40000,
        change: -60000,
      }),
    ])
  })

  it("measures the share of the top tenth of households", async () => {
    const body = await get(
      `/bureau/reports/concentration?from=${year}-01-01&to=${year}-12-31`
    )
    // Two households with income: the top tenth is one of them (a).
    expect(body.concentration).toMatchObject({
      households_with_income: 2,
      top_decile_households: 1,
      top_decile_income: 500000,
      total_income: 540000,
      top_decile_share_bp: 9259,
    })
    const csv = await request()
      .get(
        `/bureau/reports/concentration?from=${year}-01-01&to=${year}-12-31&format=csv&layout=machine`
      )
      .set(liangshan.headers)
    expect(csv.headers["content-type"]).toMatch(/text\/csv/)
    expect(
      csv.text
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n")
    ).toEqual([
      "decile,households,income_fen,share_bp",
      "1,1,500000,9259",
      "2,1,40000,741",
    ])
  })

  it("keeps a county outside the jurisdiction out: 404", async () => {
    for (const report of [
      "poverty-line",
      "omitted",
      "income-decline",
      "concentration",
    ]) {
      await request()
        .get(`/bureau/reports/${report}?county_code=510824`)
        .set(liangshan.headers)
        .expect(404)
    }
  })

  it("names the field of a malformed date in its 400", async () => {
    for (const field of ["from", "to"]) {
      const response = await request()
        .get(`/bureau/reports/omitted?${field}=2026-1-1`)
        .set(liangshan.headers)
      expect(response.status).toBe(400)
      expect(response.body.message).toContain(`${field} must be a date`)
    }
  })
})
