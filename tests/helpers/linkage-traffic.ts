import type { MedusaContainer } from "@medusajs/framework/types"
import type { Actor } from "./actors"
import type { HttpSuite } from "./medusa-app"
import { services } from "./services"
import type { CooperativeTenant } from "./tenants"

// Random benefit-linkage traffic through HTTP, as cooperatives and
// households really send it — batches bought at a price, wages owed,
// payments (some sent several at once, some sent twice), reversals (some
// twice at once), slips answered (some three times at once) — recorded in
// a model of what must be true, then every view checked against the
// model and the ledger: the reconciliation, each obligation's bounds, the
// bureau's reports per household and per cooperative, each member's
// statement, to the fen.

export type TrafficSetup = {
  request: HttpSuite["request"]
  container: MedusaContainer
  coop: CooperativeTenant
  reviewer: Actor
  admin: Actor
  store: Record<string, string>
  variantId: string
  households: string[]
  ops: number
  seed: number
}

type Payment = {
  id: string
  household: string
  year: number
  amount: number
  reversed: boolean
  answer: string | null
}

// A small seeded generator (mulberry32): the same seed, the same traffic.
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function runLinkageTraffic(s: TrafficSetup) {
  const rnd = random(s.seed)
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]
  const date = () =>
    `${pick([2025, 2026])}-${String(int(1, 11)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`
  const post = (path: string, body: object) =>
    s.request().post(path).set(s.coop.headers).send(body)
  const get = async (actor: Actor, path: string) => {
    const response = await s.request().get(path).set(actor.headers)
    if (response.status !== 200) {
      throw new Error(
        `${path}: ${response.status} ${JSON.stringify(response.body)}`
      )
    }
    return response.body
  }

  const agreements = new Map<string, { purchase: string; wage: string }>()
  for (const household of s.households) {
    const purchase = await post("/vendor/agreements", {
      kind: "purchase",
      household_id: household,
      starts_on: "2024-01-01",
      floor_price: 800,
      unit: "kg",
    })
    const wage = await post("/vendor/agreements", {
      kind: "wage",
      household_id: household,
      starts_on: "2024-01-01",
      daily_wage: 9000,
    })
    agreements.set(household, {
      purchase: purchase.body.agreement.id,
      wage: wage.body.agreement.id,
    })
  }
  // Owed per household and year, by the model.
  const owed = new Map<string, number>()
  const addOwed = (household: string, year: number, amount: number) =>
    owed.set(
      `${household}:${year}`,
      (owed.get(`${household}:${year}`) ?? 0) + amount
    )
  const payments: Payment[] = []
  let references = 0
  let periods = 0
  const counts: Record<string, number> = {}
  const count = (op: string) => (counts[op] = (counts[op] ?? 0) + 1)

  const pay = async (household: string) => {
    const kind = rnd() < 0.7 ? "purchase" : "wage"
    const body = {
      agreement_id: agreements.get(household)![kind],
      amount: int(1, 60000),
      paid_on: date(),
      method: pick(["bank_transfer", "wechat_pay", "alipay", "cash"]),
      reference: `T${s.seed}-${++references}`,
    }
    const sent = await post("/vendor/payouts", body)
    if (sent.status !== 201)
      throw new Error(`pay: ${sent.status} ${JSON.stringify(sent.body)}`)
    payments.push({
      id: sent.body.payout.id,
      household,
      year: Number(body.paid_on.slice(0, 4)),
      amount: body.amount,
      reversed: false,
      answer: null,
    })
    return body
  }

  for (let op = 0; op < s.ops; op++) {
    const roll = rnd()
    const household = pick(s.households)
    if (roll < 0.15) {
      count("batch")
      const price = int(800, 1200)
      const members = s.households.filter(() => rnd() < 0.6)
      if (!members.length) members.push(household)
      const contributions = members.map((h) => ({
        household_id: h,
        quantity: int(1, 30),
      }))
      const harvested = date()
      const batch = await post("/vendor/batches", {
        variant_id: s.variantId,
        harvested_at: harvested,
        village: "村",
        quantity: contributions.reduce((sum, c) => sum + c.quantity, 0),
        unit: "kg",
        purchase_price: price,
        contributions,
      })
      if (batch.status !== 201)
        throw new Error(`batch: ${batch.status} ${JSON.stringify(batch.body)}`)
      for (const c of contributions) {
        addOwed(
          c.household_id,
          Number(harvested.slice(0, 4)),
          c.quantity * price
        )
      }
    } else if (roll < 0.25) {
      count("wage")
      const days = int(1, 25)
      const month = ++periods
      const year = 2025 + Math.floor(((month - 1) % 24) / 12)
      const period = `${year}-${String(((month - 1) % 12) + 1).padStart(2, "0")}`
      const due = `${year}-${String(((month - 1) % 12) + 1).padStart(2, "0")}-28`
      const recorded = await post("/vendor/obligations", {
        agreement_id: agreements.get(household)!.wage,
        period,
        due_on: due,
        work_days: days,
      })
      if (recorded.status === 201) addOwed(household, year, days * 9000)
      else if (recorded.status !== 409)
        throw new Error(`wage: ${recorded.status}`)
    } else if (roll < 0.55) {
      count("pay")
      await pay(household)
    } else if (roll < 0.65) {
      count("pay-at-once")
      await Promise.all(
        Array.from({ length: int(2, 5) }, () => pay(pick(s.households)))
      )
    } else if (roll < 0.7 && payments.length) {
      count("pay-twice")
      const body = await pay(household)
      const again = await post("/vendor/payouts", body)
      if (again.status !== 200) throw new Error(`repeat: ${again.status}`)
    } else if (roll < 0.82 && payments.some((p) => !p.reversed)) {
      count("reverse")
      const payment = pick(payments.filter((p) => !p.reversed))
      const tries = rnd() < 0.3 ? 2 : 1
      const reference = `R${s.seed}-${++references}`
      const answers = await Promise.all(
        Array.from({ length: tries }, () =>
          post(`/vendor/payouts/${payment.id}/reverse`, {
            reference,
            reason: "录错",
          })
        )
      )
      // One reversal is written; the same sent again at once is the same
      // entry (200) or loses the race for it (409).
      const statuses = answers.map((a) => a.status)
      if (
        statuses.filter((x) => x === 201).length !== 1 ||
        statuses.some((x) => ![200, 201, 409].includes(x))
      ) {
        throw new Error(`reverse: ${statuses}`)
      }
      payment.reversed = true
    } else if (payments.some((p) => !p.reversed && !p.answer)) {
      count("answer")
      const payment = pick(payments.filter((p) => !p.reversed && !p.answer))
      const slip = await post(`/vendor/payouts/${payment.id}/slip`, {})
      const token = slip.body.slip.url.split("/p/")[1]
      const outcome = pick([
        "confirmed",
        "confirmed",
        "not_received",
        "wrong_amount",
      ])
      const answers = await Promise.all(
        Array.from({ length: rnd() < 0.3 ? 3 : 1 }, () =>
          s
            .request()
            .post(`/store/payout-slips/${token}`)
            .set(s.store)
            .send({ outcome })
        )
      )
      if (answers.filter((a) => a.status === 201).length !== 1) {
        throw new Error(`answer: ${answers.map((a) => a.status)}`)
      }
      payment.answer = outcome
    }
  }

  // Revenue attributed to the households in 2026, for the benefit ratio.
  const attributed = new Map(s.households.map((h) => [h, int(1000, 900000)]))
  await services(s.container)
    .attribution()
    .recordEntries(
      s.households.map((household_id, i) => ({
        order_id: `order_traffic_${s.seed}_${i}`,
        line_item_id: `line_traffic_${s.seed}_${i}`,
        batch_id: null,
        household_id,
        cooperative_id: s.coop.cooperative.id,
        county_code: "513431",
        amount: attributed.get(household_id)!,
        kind: "sale" as const,
        source_event_id: `capture:traffic_${s.seed}_${i}`,
        occurred_at: "2026-06-01T04:00:00.000Z",
      }))
    )

  // 1. The ledger reconciles: no obligation or payment over-settled, the
  // rollups equal to the ledger's sums.
  const consistency = await get(s.admin, "/admin/linkage/consistency")
  if (!consistency.consistent) throw new Error(JSON.stringify(consistency))

  // 2. Each obligation within bounds; what is settled per household never
  // more than its standing payments.
  const settledOf = new Map<
    string,
    { amount: number; settled: number; year: number }[]
  >()
  for (const household of s.households) {
    const rows: { amount: number; settled: number; due_on: string }[] = []
    for (let offset = 0; ; offset += 100) {
      const page = await get(
        s.coop,
        `/vendor/obligations?household_id=${household}&limit=100&offset=${offset}`
      )
      rows.push(...page.obligations)
      if (page.obligations.length < 100) break
    }
    for (const r of rows) {
      if (r.settled < 0 || r.settled > r.amount)
        throw new Error(`bounds: ${JSON.stringify(r)}`)
    }
    const standing = payments
      .filter((p) => p.household === household && !p.reversed)
      .reduce((sum, p) => sum + p.amount, 0)
    const settled = rows.reduce((sum, r) => sum + r.settled, 0)
    if (settled > standing)
      throw new Error(`settled ${settled} > paid ${standing}`)
    settledOf.set(
      household,
      rows.map((r) => ({
        amount: r.amount,
        settled: r.settled,
        year: new Date(
          new Date(r.due_on).getTime() + 8 * 3600e3
        ).getUTCFullYear(),
      }))
    )
  }

  // 3. The reports and the statements, per household and year, equal the
  // model's sums; the cooperative's row is the sum of its households'.
  const sum = (ps: Payment[]) => ps.reduce((t, p) => t + p.amount, 0)
  const mismatches: string[] = []
  const expectEqual = (what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected) mismatches.push(`${what}: ${actual} ≠ ${expected}`)
  }
  for (const year of [2025, 2026]) {
    const report = await get(
      s.reviewer,
      `/bureau/reports/benefit?year=${year}&group_by=household&cooperative_id=${s.coop.cooperative.id}&limit=500`
    )
    const rows = new Map(
      (report.households as Record<string, number | string | null>[]).map(
        (r) => [r.household_id, r]
      )
    )
    for (const household of s.households) {
      const mine = payments.filter(
        (p) => p.household === household && p.year === year && !p.reversed
      )
      const expected = {
        obligations: owed.get(`${household}:${year}`) ?? 0,
        paid: sum(mine),
        confirmed: sum(mine.filter((p) => p.answer === "confirmed")),
        disputed: sum(mine.filter((p) => p.answer && p.answer !== "confirmed")),
        outstanding: settledOf
          .get(household)!
          .filter((o) => o.year <= year)
          .reduce((t, o) => t + o.amount - o.settled, 0),
        attributed_to_households:
          year === 2026 ? attributed.get(household)! : 0,
      }
      const row = rows.get(household)
      for (const [key, value] of Object.entries(expected)) {
        expectEqual(`${year} ${household} ${key}`, row ? row[key] : 0, value)
      }
      if (row && expected.attributed_to_households > 0) {
        expectEqual(
          `${year} ${household} ratio`,
          row.benefit_ratio_bp,
          Math.floor(
            (expected.paid * 10_000) / expected.attributed_to_households
          )
        )
      }
      const statement = await get(
        s.coop,
        `/vendor/households/${household}/statement?year=${year}`
      )
      for (const key of [
        "obligations",
        "paid",
        "confirmed",
        "disputed",
        "outstanding",
      ] as const) {
        expectEqual(
          `${year} ${household} statement ${key}`,
          statement.statement.totals[key],
          expected[key]
        )
      }
    }
    const cooperative = (
      await get(s.reviewer, `/bureau/reports/benefit?year=${year}&limit=500`)
    ).cooperatives.find(
      (c: { cooperative_id: string }) =>
        c.cooperative_id === s.coop.cooperative.id
    )
    for (const key of [
      "obligations",
      "paid",
      "confirmed",
      "disputed",
      "outstanding",
      "attributed_to_households",
    ]) {
      expectEqual(
        `${year} cooperative ${key}`,
        cooperative[key],
        [...rows.values()].reduce((t, r) => t + (r[key] as number), 0)
      )
    }
    expectEqual(
      `${year} cooperative confirmed + disputed + unconfirmed`,
      cooperative.confirmed + cooperative.disputed + cooperative.unconfirmed,
      cooperative.paid
    )
  }
  return { counts, payments: payments.length, mismatches }
}
