import crypto from "node:crypto"
import { settleOldestFirst } from "@tianfu/domain"
import { FLOOR_PRICE, PURCHASE_PRICE } from "../demo/linkage"
import { seededRandom } from "../demo/random"

export type Kind = "purchase" | "wage" | "dividend" | "land_rent"
export type Unit = keyof typeof FLOOR_PRICE

type Row = Record<string, unknown>

const DAY = 24 * 3600 * 1000
const SYNTHETIC_NOTE = "合成数据 · synthetic"

// Synthetic ids carry the model's prefix, then SYN and the household's
// generation index, so a re-run finds them and the ledger can be told apart.
export const syntheticId = (prefix: string, household: number, rest = "") =>
  `${prefix}_SYN${String(household).padStart(7, "0")}${rest}`

// Which agreements household i of the scale seed has with its cooperative:
// a purchase agreement for six in seven (as the demo), wages for three in
// five, a dividend on shares for one in four, a land lease for one in six.
export const hasAgreement = (i: number): Record<Kind, boolean> => ({
  purchase: i % 7 !== 6,
  wage: i % 5 < 3,
  dividend: i % 4 === 1,
  land_rent: i % 6 === 2,
})

// The last letter of a synthetic agreement's id.
const LETTER: Record<Kind, string> = {
  purchase: "P",
  wage: "W",
  dividend: "D",
  land_rent: "L",
}

// Household i's agreement ids (how a re-run finds what it wrote).
export const agreementIds = (i: number) =>
  (Object.keys(LETTER) as Kind[])
    .filter((kind) => hasAgreement(i)[kind])
    .map((kind) => syntheticId("lagr", i, LETTER[kind]))

export type Period = {
  period: string
  // Due, and when the cooperative recorded it (payments settle only what
  // was recorded by then).
  due_on: number
  recorded_at: number
}

// The periods every household's agreements make owed, UTC midnights: the
// last `wageMonths` months of work (due the 10th of the next month), the
// dividends of the two years before this one (due April 30th), the lease
// of last year and this one (due January 20th). Only what was recorded by
// `now`; agreements start before all of it and before the oldest harvest.
export function linkageCalendar(
  now: number,
  wageMonths: number,
  oldestHarvest: number
) {
  const today = new Date(now)
  const year = today.getUTCFullYear()
  const month = today.getUTCMonth()
  const recorded = (p: Period) => p.recorded_at <= now
  const wage: Period[] = Array.from({ length: wageMonths }, (_, k) => {
    const m = month - wageMonths + k
    const start = new Date(Date.UTC(year, m, 1))
    return {
      period: start.toISOString().slice(0, 7),
      due_on: Date.UTC(year, m + 1, 10),
      recorded_at: Date.UTC(year, m + 1, 1),
    }
  }).filter(recorded)
  const dividend: Period[] = [year - 2, year - 1]
    .map((y) => ({
      period: String(y),
      due_on: Date.UTC(y + 1, 3, 30),
      recorded_at: Date.UTC(y + 1, 3, 1),
    }))
    .filter(recorded)
  const landRent: Period[] = [year - 1, year]
    .map((y) => ({
      period: String(y),
      due_on: Date.UTC(y, 0, 20),
      recorded_at: Date.UTC(y, 0, 5),
    }))
    .filter(recorded)
  const firstWage = Date.UTC(year, month - wageMonths, 1)
  const startsOn = Math.min(
    Date.UTC(year - 2, 0, 1),
    firstWage - 31 * DAY,
    Math.floor(oldestHarvest / DAY) * DAY - 31 * DAY
  )
  return { now, startsOn, wage, dividend, landRent }
}

export type LinkageCalendar = ReturnType<typeof linkageCalendar>

export type PlannedHousehold = {
  index: number
  id: string
  county_code: string
  cooperative: { id: string; ownerId: string }
  // The unit the cooperative's purchase agreements name (its usual one).
  unit: Unit
  // What it supplied, per batch (every batch is priced: PURCHASE_PRICE).
  contributions: {
    batch_id: string
    unit: Unit
    harvested_at: number
    quantity: number
  }[]
}

export type LinkageRows = {
  agreements: Row[]
  obligations: Row[]
  payouts: Row[]
  settlements: Row[]
  tokens: Row[]
  responses: Row[]
}

type Obligation = {
  id: string
  cooperative_id: string
  household_id: string
  agreement_id: string | null
  kind: Kind
  amount: number
  floor_amount: number | null
  source_type: "batch" | "work" | "surplus" | "lease"
  source_id: string
  basis: string | null
  due_on: Date
  recorded_at: number
  settled: number
}

type Entry = {
  kind: Kind
  at: number
  amount: number
  // A payment made by mistake (a wrong amount), reversed a few days later.
  mistaken?: boolean
  reverses?: Entry
  row?: Row & { id: string }
  settlements?: { obligation_id: string; amount: number }[]
}

const stamps = (at: number) => ({
  created_at: new Date(at),
  updated_at: new Date(at),
})

const ceilDay = (t: number) => Math.ceil(t / DAY) * DAY

// Household i's benefit linkage as production would have written it:
// agreements; obligations (its batch contributions × the batch's purchase
// price with the floor in force, months of wages, dividends, leases);
// payments made after each fell due — most promptly and in full, some late,
// in two instalments or in part, some households stopping, one in a
// hundred a wrong amount reversed and paid again — each settling the open
// obligations of its kind oldest first (settleOldestFirst, replayed in the
// order they were paid, reversals re-opening what they settled); and the
// households' answers on the payment slips. Deterministic in the index.
export function planHouseholdLinkage(
  h: PlannedHousehold,
  calendar: LinkageCalendar
): LinkageRows {
  const random = seededRandom(1_700_000 + h.index)
  const id = (prefix: string, rest = "") => syntheticId(prefix, h.index, rest)
  const owner = h.cooperative.ownerId
  const key = { cooperative_id: h.cooperative.id, household_id: h.id }
  const has = hasAgreement(h.index)
  const agreement: Partial<Record<Kind, string>> = {}
  const agreements: Row[] = []
  const agree = (kind: Kind, terms: Row) => {
    if (!has[kind]) return
    agreement[kind] = id("lagr", LETTER[kind])
    agreements.push({
      id: agreement[kind],
      ...key,
      kind,
      ...terms,
      starts_on: new Date(calendar.startsOn),
      created_by: owner,
      ...stamps(calendar.startsOn),
    })
  }
  agree("purchase", { floor_price: FLOOR_PRICE[h.unit], unit: h.unit })
  const dailyWage = random.int(100, 200) * 100
  agree("wage", { daily_wage: dailyWage })
  const perShare = random.int(5, 30) * 100
  const shares = random.int(5, 60)
  agree("dividend", { per_share_amount: perShare, shares })
  const rentPerMu = random.int(400, 900) * 100
  const area = random.int(30, 400)
  agree("land_rent", { rent_per_mu: rentPerMu, area_centi_mu: area })

  type Owed = Omit<Obligation, "id">
  const owed: Owed[] = []
  const owe = (o: Omit<Owed, "settled" | keyof typeof key>) =>
    owed.push({ ...key, ...o, settled: 0 })
  for (const c of h.contributions) {
    const floored = has.purchase && c.unit === h.unit
    owe({
      agreement_id: floored ? agreement.purchase! : null,
      kind: "purchase",
      amount: c.quantity * PURCHASE_PRICE[c.unit],
      floor_amount: floored ? c.quantity * FLOOR_PRICE[c.unit] : null,
      source_type: "batch",
      source_id: c.batch_id,
      basis: `${c.quantity} × ${PURCHASE_PRICE[c.unit]} fen`,
      due_on: new Date(c.harvested_at),
      recorded_at: c.harvested_at,
    })
  }
  const periodic = (
    kind: Exclude<Kind, "purchase">,
    periods: Period[],
    source_type: "work" | "surplus" | "lease",
    amount: () => { amount: number; basis: string | null }
  ) => {
    if (!agreement[kind]) return
    for (const p of periods) {
      owe({
        agreement_id: agreement[kind]!,
        kind,
        ...amount(),
        floor_amount: null,
        source_type,
        source_id: `${agreement[kind]}:${p.period}`,
        due_on: new Date(p.due_on),
        recorded_at: p.recorded_at,
      })
    }
  }
  periodic("wage", calendar.wage, "work", () => {
    const days = random.int(3, 22)
    return {
      amount: days * dailyWage,
      basis: `${days} days × ${dailyWage} fen`,
    }
  })
  periodic("dividend", calendar.dividend, "surplus", () => ({
    amount: perShare * shares,
    basis: null,
  }))
  periodic("land_rent", calendar.landRent, "lease", () => ({
    amount: Math.round((rentPerMu * area) / 100),
    basis: null,
  }))
  owed.sort(
    (a, b) =>
      a.due_on.getTime() - b.due_on.getTime() ||
      a.kind.localeCompare(b.kind) ||
      a.source_id.localeCompare(b.source_id)
  )
  const obligations: Obligation[] = owed.map((o, k) => ({
    ...o,
    id: id("oblig", String(k).padStart(4, "0")),
  }))

  // How this household is paid: promptly (eight in ten), late, until the
  // cooperative stops paying it, or in part each time.
  const habit = random.next()
  const lastPaid = calendar.now - DAY
  const stopsAt =
    habit >= 0.92 && habit < 0.97
      ? calendar.startsOn + random.next() * (lastPaid - calendar.startsOn)
      : Infinity
  const delay = () =>
    habit < 0.8 ? random.int(0, 15) : habit < 0.92 ? random.int(20, 90) : 5
  const entries: Entry[] = []
  const pay = (kind: Kind, at: number, amount: number, mistaken = false) => {
    if (at > lastPaid || amount < 1) return null
    const entry: Entry = { kind, at, amount, mistaken }
    entries.push(entry)
    return entry
  }
  for (const o of obligations) {
    if (!agreement[o.kind] || o.due_on.getTime() >= stopsAt) continue
    const at = ceilDay(o.due_on.getTime()) + delay() * DAY
    const how = random.next()
    if (habit >= 0.97) {
      pay(o.kind, at, Math.round(o.amount * (0.6 + random.next() * 0.3)))
    } else if (how < 0.08) {
      const first = Math.round(o.amount * (0.4 + random.next() * 0.3))
      pay(o.kind, at, first)
      pay(o.kind, at + random.int(10, 40) * DAY, o.amount - first)
    } else if (how < 0.09) {
      const wrong = pay(o.kind, at, Math.round(o.amount * 1.1), true)
      const reversal = random.int(2, 6) * DAY
      if (wrong && at + reversal <= lastPaid) {
        entries.push({
          kind: o.kind,
          at: at + reversal,
          amount: wrong.amount,
          reverses: wrong,
        })
        pay(o.kind, at + reversal + DAY, o.amount)
      }
    } else {
      pay(o.kind, at, o.amount)
    }
  }

  // Replayed in the order paid: each payment settles the open obligations
  // of its kind recorded by then, oldest due first; a reversal re-opens
  // what its payment settled.
  entries.sort(
    (a, b) => a.at - b.at || (a.reverses ? 0 : 1) - (b.reverses ? 0 : 1)
  )
  const byKind = new Map<Kind, Obligation[]>()
  for (const o of obligations) {
    const list = byKind.get(o.kind)
    if (list) list.push(o)
    else byKind.set(o.kind, [o])
  }
  const obligationOf = new Map(obligations.map((o) => [o.id, o]))
  const methods = ["bank_transfer", "wechat_pay", "alipay", "cash"] as const
  const payouts: Row[] = []
  const settlements: Row[] = []
  const tokens: Row[] = []
  const responses: Row[] = []
  entries.forEach((entry, k) => {
    const seq = String(k).padStart(4, "0")
    const payment = entry.reverses === undefined
    const r = random.next()
    entry.row = {
      id: id("payout", seq),
      ...key,
      agreement_id: agreement[entry.kind],
      kind: entry.kind,
      entry: payment ? "payment" : "reversal",
      amount: entry.amount,
      paid_on: new Date(entry.at),
      method: payment
        ? methods[r < 0.55 ? 0 : r < 0.8 ? 1 : r < 0.9 ? 2 : 3]
        : entry.reverses!.row!.method,
      reference: payment
        ? `SYN-${String(h.index).padStart(7, "0")}-${seq}`
        : `${entry.reverses!.row!.reference}-R`,
      reverses_id: payment ? null : entry.reverses!.row!.id,
      note: payment ? null : `${SYNTHETIC_NOTE}：金额有误，冲正 · wrong amount`,
      recorded_by: owner,
      ...stamps(entry.at + 10 * 3600 * 1000),
    }
    payouts.push(entry.row)
    if (!payment) {
      for (const s of entry.reverses!.settlements ?? []) {
        obligationOf.get(s.obligation_id)!.settled -= s.amount
      }
      return
    }
    const open = (byKind.get(entry.kind) ?? []).filter(
      (o) => o.recorded_at <= entry.at && o.settled < o.amount
    )
    entry.settlements = settleOldestFirst(
      open.map((o) => ({ id: o.id, outstanding: o.amount - o.settled })),
      entry.amount
    )
    entry.settlements.forEach((s, n) => {
      obligationOf.get(s.obligation_id)!.settled += s.amount
      settlements.push({
        id: id("settle", `${seq}${String(n).padStart(2, "0")}`),
        payout_id: entry.row!.id,
        ...s,
        ...stamps(entry.at + 10 * 3600 * 1000),
      })
    })
    // The slip: most payments get one a day later; seven in ten of those
    // are answered within days (nearly all confirmed); a wrong amount is
    // often reported before the cooperative reverses it.
    const slip = random.next()
    const answer = random.next()
    const issued = entry.at + DAY
    const recent = entry.at > lastPaid - 4 * DAY
    if (recent || slip >= (entry.mistaken ? 0.6 : 0.78)) return
    const token = {
      id: id("pctok", seq),
      payout_id: entry.row.id,
      expires_at: new Date(issued + 90 * DAY),
      issued_by: owner,
      ...stamps(issued),
    }
    tokens.push({
      ...token,
      token_hash: crypto
        .createHash("sha256")
        .update(`synthetic-slip:${token.id}`)
        .digest("hex"),
    })
    if (!entry.mistaken && answer >= 0.9) return
    const outcome = entry.mistaken
      ? "wrong_amount"
      : answer < 0.864
        ? "confirmed"
        : answer < 0.886
          ? "not_received"
          : "wrong_amount"
    responses.push({
      id: id("pcresp", seq),
      payout_id: entry.row.id,
      token_id: token.id,
      outcome,
      responder: random.next() < 0.7 ? "household" : "first_secretary",
      note: outcome === "confirmed" ? null : SYNTHETIC_NOTE,
      county_code: h.county_code,
      ...stamps(issued + (entry.mistaken ? 2 : random.int(2, 70)) * 3600e3),
    })
  })
  return {
    agreements,
    obligations: obligations.map(({ recorded_at, ...o }) => ({
      ...o,
      ...stamps(recorded_at),
    })),
    payouts,
    settlements,
    tokens,
    responses,
  }
}
