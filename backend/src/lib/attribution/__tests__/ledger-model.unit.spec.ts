import fc from "fast-check"
import { planEntries, type LedgerEvent, type OrderMoney } from "../plan-entries"
import type { AllocatedBatch, AttributableLine, EntryDraft } from "../types"
import {
  add,
  exactLineShares,
  mul,
  pairKey,
  ratio,
  roundHalfUp,
  sub,
  withinBound,
  ZERO,
  type Ratio,
} from "./reference-attribution"

const SEQUENCES = 10_000

// Three cooperatives in three counties; households in those counties and in
// Butuo, which has no cooperative of its own, so money crosses counties.
const COOPERATIVES = [
  { id: "coop_zhaojue", county: "513431" },
  { id: "coop_cangxi", county: "510824" },
  { id: "coop_muchuan", county: "511129" },
]
const HOUSEHOLDS = [
  { id: "hh_zhaojue_1", county: "513431" },
  { id: "hh_zhaojue_2", county: "513431" },
  { id: "hh_zhaojue_3", county: "513431" },
  { id: "hh_cangxi_1", county: "510824" },
  { id: "hh_cangxi_2", county: "510824" },
  { id: "hh_butuo_1", county: "513429" },
  { id: "hh_butuo_2", county: "513429" },
  { id: "hh_muchuan_1", county: "511129" },
]

// ---------------------------------------------------------------------------
// System under test: planEntries over an in-memory append-only ledger with
// the database's unique key (source event, line, batch, household), where a
// null batch or household counts as a value (NULLS NOT DISTINCT).

class InMemoryLedger {
  private readonly keys = new Set<string>()
  private readonly byOrder = new Map<string, EntryDraft[]>()

  entriesOf(orderId: string): EntryDraft[] {
    return this.byOrder.get(orderId) ?? []
  }

  plan(order: OrderMoney, event: LedgerEvent): EntryDraft[] {
    const posted = this.entriesOf(order.order_id).map(
      ({ order_id: _order, ...entry }) => entry
    )
    return planEntries(order, posted, event)
  }

  // insert … on conflict do nothing: returns what was actually written.
  insert(drafts: EntryDraft[]): EntryDraft[] {
    const written: EntryDraft[] = []
    for (const draft of drafts) {
      const key = JSON.stringify([
        draft.source_event_id,
        draft.line_item_id,
        draft.batch_id,
        draft.household_id,
      ])
      if (this.keys.has(key)) continue
      this.keys.add(key)
      const list = this.byOrder.get(draft.order_id) ?? []
      list.push({ ...draft })
      this.byOrder.set(draft.order_id, list)
      written.push(draft)
    }
    return written
  }
}

// ---------------------------------------------------------------------------
// Reference model: independent of the engine. It knows each order's lines
// and what was captured and refunded, and from that alone what the ledger
// must hold, exactly, with bigint / rational arithmetic.

// Exact fen a beneficiary group is owed out of the order's whole net amount,
// and over how many (line, batch, household) pairs with a positive share.
type Owed = { owed: Ratio; pairs: number }

type ModelOrder = {
  id: string
  lines: AttributableLine[]
  net: bigint
  total: bigint
  status: "placed" | "captured" | "canceled"
  captured: bigint
  refunded: bigint
  // Capture, refund and cancel events applied since capture.
  events: number
  owedByLine: Map<string, Owed>
  owedByPair: Map<string, Owed>
  owedByHousehold: Map<string, Owed>
  owedByCounty: Map<string, Owed>
  // The county each pair's money must be counted in.
  countyOf: Map<string, string>
}

type Model = {
  orders: ModelOrder[]
  delivered: { order: number; event: LedgerEvent }[]
  nextEvent: number
}

type Real = { ledger: InMemoryLedger }

// net − round_half_up(net × min(1, refunded / captured)), 0 before capture.
function expectedTotal(order: ModelOrder): bigint {
  if (order.captured === 0n) return 0n
  if (order.refunded >= order.captured) return 0n
  return (
    order.net - roundHalfUp(ratio(order.net * order.refunded, order.captured))
  )
}

const pairId = (
  lineId: string,
  e: { batch_id: string | null; household_id: string | null }
) => `${lineId}|${pairKey(e)}`

function modelOrder(id: string, spec: OrderSpec): ModelOrder {
  const lines = spec.lines.map((line, i): AttributableLine => ({
    ...line,
    line_item_id: `${id}_li_${i}`,
  }))
  const order: ModelOrder = {
    id,
    lines,
    net: lines.reduce((s, l) => s + BigInt(l.net_amount), 0n),
    total: 0n,
    status: "placed",
    captured: 0n,
    refunded: 0n,
    events: 0,
    owedByLine: new Map(),
    owedByPair: new Map(),
    owedByHousehold: new Map(),
    owedByCounty: new Map(),
    countyOf: new Map(),
  }
  order.total = order.net + BigInt(spec.shipping)
  const credit = (map: Map<string, Owed>, key: string, owed: Ratio) => {
    const current = map.get(key) ?? { owed: ZERO, pairs: 0 }
    map.set(key, {
      owed: add(current.owed, owed),
      pairs: current.pairs + (owed.num > 0n ? 1 : 0),
    })
  }
  for (const line of lines) {
    order.owedByLine.set(line.line_item_id, {
      owed: ratio(line.net_amount),
      pairs: 0,
    })
    for (const share of exactLineShares(line)) {
      const owed = mul(share.fraction, ratio(line.net_amount))
      const pair = pairId(line.line_item_id, share)
      credit(order.owedByPair, pair, owed)
      if (share.household_id) {
        credit(order.owedByHousehold, share.household_id, owed)
      }
      credit(order.owedByCounty, share.county_code, owed)
      order.countyOf.set(pair, share.county_code)
    }
  }
  return order
}

const orderMoney = (order: ModelOrder): OrderMoney => ({
  order_id: order.id,
  lines: order.lines,
  captured: Number(order.captured),
  refunded: Number(order.refunded),
})

// ---------------------------------------------------------------------------
// Invariants, checked after every command.

function sumBy(entries: EntryDraft[], key: (e: EntryDraft) => string | null) {
  const sums = new Map<string, bigint>()
  for (const e of entries) {
    const k = key(e)
    if (k === null) continue
    const signed = BigInt(e.kind === "sale" ? e.amount : -e.amount)
    sums.set(k, (sums.get(k) ?? 0n) + signed)
  }
  return sums
}

// How far rounding may take what a group holds from its exact share of the
// order's current total T after n events (capture = 1). The engine splits
// per line and then per (line, batch, household) pair with largest
// remainders, each part within one fen of its exact share:
// - a line holds exactly its net at capture; each refund splits the amount
//   over lines by what they hold, so a line drifts by < 1 fen per refund;
// - a pair is < 1 fen off after the sale and each refund adds < 1 fen from
//   the pair split plus < 1 fen passed down from its line's rounding, so it
//   stays within 2n − 1;
// - a household or county is a sum of pairs, so within (2n − 1) per pair
//   with a positive share. One fen per event is NOT a bound for these: a
//   household with pairs in two lines (of 219050 and 11 fen) can be 34/33
//   fen short after a single capture, each pair rounded down.
type Tolerance = (owed: Owed, n: number) => bigint
const lineTolerance: Tolerance = (_owed, n) => BigInt(Math.max(n - 1, 0))
const pairsTolerance: Tolerance = (owed, n) =>
  BigInt(owed.pairs * Math.max(2 * n - 1, 0))

// Fails with the details; the checks run millions of times, so they test a
// plain condition first and only build a message when it does not hold.
function ensure(ok: boolean, details: () => object) {
  if (!ok) expect(details()).toEqual("the invariant to hold")
}

// |holds − owed × target / net| <= bound, in integers.
function within(
  holds: bigint,
  owed: Ratio,
  target: bigint,
  net: bigint,
  bound: bigint
): boolean {
  const off = holds * net * owed.den - owed.num * target
  return (off < 0n ? -off : off) <= bound * net * owed.den
}

// What each group (line, pair, household, county) holds: never negative,
// exactly 0 when the order holds nothing, otherwise within its tolerance of
// the exact rational share.
function expectNear(
  group: string,
  held: Map<string, bigint>,
  owed: Map<string, Owed>,
  tolerance: Tolerance,
  order: ModelOrder,
  target: bigint
) {
  const none = { owed: ZERO, pairs: 0 }
  for (const key of new Set([...held.keys(), ...owed.keys()])) {
    const holds = held.get(key) ?? 0n
    const share = owed.get(key) ?? none
    const bound = tolerance(share, order.events)
    const ok =
      holds >= 0n &&
      (target === 0n
        ? holds === 0n
        : within(holds, share.owed, target, order.net, bound))
    ensure(ok, () => ({
      order: order.id,
      group,
      key,
      holds,
      exact: target
        ? sub(ratio(holds), mul(share.owed, ratio(target, order.net)))
        : ZERO,
      bound,
    }))
  }
}

function checkLedger(model: Model, ledger: InMemoryLedger) {
  let ledgerTotal = 0n
  let modelTotal = 0n
  const countyHeld = new Map<string, bigint>()
  const countyExact = new Map<string, Ratio>()
  const countySlack = new Map<string, bigint>()
  for (const order of model.orders) {
    const entries = ledger.entriesOf(order.id)
    const target = expectedTotal(order)
    const held = entries.reduce(
      (s, e) => s + BigInt(e.kind === "sale" ? e.amount : -e.amount),
      0n
    )
    ensure(held === target, () => ({ order: order.id, held, target }))
    ledgerTotal += held
    modelTotal += target
    const byLine = sumBy(entries, (e) => e.line_item_id)
    const byPair = sumBy(entries, (e) => pairId(e.line_item_id, e))
    const byHousehold = sumBy(entries, (e) => e.household_id)
    const byCounty = sumBy(entries, (e) => e.county_code)
    expectNear("line", byLine, order.owedByLine, lineTolerance, order, target)
    expectNear("pair", byPair, order.owedByPair, pairsTolerance, order, target)
    expectNear(
      "household",
      byHousehold,
      order.owedByHousehold,
      pairsTolerance,
      order,
      target
    )
    expectNear(
      "county",
      byCounty,
      order.owedByCounty,
      pairsTolerance,
      order,
      target
    )
    for (const [county, owed] of order.owedByCounty) {
      countyHeld.set(
        county,
        (countyHeld.get(county) ?? 0n) + (byCounty.get(county) ?? 0n)
      )
      countyExact.set(
        county,
        add(
          countyExact.get(county) ?? ZERO,
          order.net ? mul(owed.owed, ratio(target, order.net)) : ZERO
        )
      )
      countySlack.set(
        county,
        (countySlack.get(county) ?? 0n) + pairsTolerance(owed, order.events)
      )
    }
  }
  // Across orders: the total to the fen, each county within the sum of its
  // orders' tolerances.
  ensure(ledgerTotal === modelTotal, () => ({ ledgerTotal, modelTotal }))
  for (const [county, exact] of countyExact) {
    const off = sub(ratio(countyHeld.get(county) ?? 0n), exact)
    const slack = countySlack.get(county)!
    ensure(withinBound(off, slack), () => ({ county, off, slack }))
  }
}

// Every entry written is a positive whole number of fen, counted in the
// county the rule says and for the line's cooperative.
function expectWellFormed(order: ModelOrder, written: EntryDraft[]) {
  for (const entry of written) {
    const line = order.lines.find((l) => l.line_item_id === entry.line_item_id)
    ensure(
      Number.isSafeInteger(entry.amount) &&
        entry.amount > 0 &&
        entry.order_id === order.id &&
        line?.cooperative_id === entry.cooperative_id &&
        order.countyOf.get(pairId(entry.line_item_id, entry)) ===
          entry.county_code,
      () => ({ malformed: entry })
    )
  }
}

// Delivers an event; `concurrently` plans it twice on the same snapshot, as
// two workers would, and lets the unique key drop the second copy.
function deliver(
  model: Model,
  ledger: InMemoryLedger,
  index: number,
  event: LedgerEvent,
  concurrently: boolean
): EntryDraft[] {
  const order = model.orders[index]
  const drafts = ledger.plan(orderMoney(order), event)
  const twin = concurrently ? ledger.plan(orderMoney(order), event) : []
  const written = ledger.insert(drafts)
  const twinWritten = ledger.insert(twin)
  ensure(twinWritten.length === 0, () => ({ concurrentCopy: twinWritten }))
  expectWellFormed(order, written)
  model.delivered.push({ order: index, event })
  return written
}

// ---------------------------------------------------------------------------
// Commands

type OrderSpec = { lines: AttributableLine[]; shipping: number }

const pickIndex = (
  model: Readonly<Model>,
  pick: number,
  ok: (o: ModelOrder) => boolean
) => {
  const candidates = model.orders
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => ok(o))
  return candidates.length ? candidates[pick % candidates.length].i : -1
}

class PlaceOrder implements fc.Command<Model, Real> {
  constructor(readonly spec: OrderSpec) {}
  check = (m: Readonly<Model>) => m.orders.length < 6
  run(m: Model, r: Real) {
    m.orders.push(modelOrder(`order_${m.orders.length}`, this.spec))
    checkLedger(m, r.ledger)
  }
  toString = () => `place(${JSON.stringify(this.spec)})`
}

const placed = (o: ModelOrder) => o.status === "placed"
const refundable = (o: ModelOrder) =>
  o.status === "captured" && o.captured - o.refunded >= 2n

class Capture implements fc.Command<Model, Real> {
  constructor(
    readonly pick: number,
    readonly concurrently: boolean
  ) {}
  check = (m: Readonly<Model>) => pickIndex(m, this.pick, placed) >= 0
  run(m: Model, r: Real) {
    const index = pickIndex(m, this.pick, placed)
    const order = m.orders[index]
    order.status = "captured"
    order.captured = order.total
    order.events++
    deliver(
      m,
      r.ledger,
      index,
      { kind: "capture", source_event_id: `evt_${m.nextEvent++}` },
      this.concurrently
    )
    checkLedger(m, r.ledger)
  }
  toString = () => `capture(${this.pick}, ${this.concurrently})`
}

// A refund of `amount` fen of what was captured (goods and shipping), or of
// everything left when `amount` is null.
class Refund implements fc.Command<Model, Real> {
  constructor(
    readonly pick: number,
    readonly amountSeed: number | null,
    readonly concurrently: boolean
  ) {}
  check = (m: Readonly<Model>) => pickIndex(m, this.pick, refundable) >= 0
  run(m: Model, r: Real) {
    const index = pickIndex(m, this.pick, refundable)
    const order = m.orders[index]
    const left = order.captured - order.refunded
    order.refunded +=
      this.amountSeed === null
        ? left
        : 1n + (BigInt(this.amountSeed) % (left - 1n))
    order.events++
    deliver(
      m,
      r.ledger,
      index,
      { kind: "refund", source_event_id: `evt_${m.nextEvent++}` },
      this.concurrently
    )
    checkLedger(m, r.ledger)
  }
  toString = () =>
    `refund(${this.pick}, ${this.amountSeed ?? "all"}, ${this.concurrently})`
}

// Before capture a cancel has nothing to reverse; after capture it refunds
// everything still held.
class Cancel implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) =>
    pickIndex(m, this.pick, (o) => o.status !== "canceled") >= 0
  run(m: Model, r: Real) {
    const index = pickIndex(m, this.pick, (o) => o.status !== "canceled")
    const order = m.orders[index]
    const wasCaptured = order.status === "captured"
    order.status = "canceled"
    if (wasCaptured) {
      order.refunded = order.captured
      order.events++
    }
    const written = deliver(
      m,
      r.ledger,
      index,
      { kind: "refund", source_event_id: `evt_${m.nextEvent++}` },
      false
    )
    ensure(wasCaptured || written.length === 0, () => ({ written }))
    checkLedger(m, r.ledger)
  }
  toString = () => `cancel(${this.pick})`
}

// The same event again, later, with the order's money as it is now.
class Redeliver implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.delivered.length > 0
  run(m: Model, r: Real) {
    const { order: index, event } = m.delivered[this.pick % m.delivered.length]
    const order = m.orders[index]
    // The engine plans nothing, and the unique key would drop it anyway.
    const planned = r.ledger.plan(orderMoney(order), event)
    const written = r.ledger.insert(planned)
    ensure(written.length === 0, () => ({ replay: event, written }))
    ensure(planned.length === 0, () => ({ replay: event, planned }))
    checkLedger(m, r.ledger)
  }
  toString = () => `redeliver(${this.pick})`
}

// ---------------------------------------------------------------------------
// Generators

const contributionsArb = fc
  .tuple(
    fc.uniqueArray(
      fc.record({
        household: fc.constantFrom(...HOUSEHOLDS),
        quantity: fc.integer({ min: 0, max: 100 }),
      }),
      { selector: (c) => c.household.id, maxLength: 4 }
    ),
    fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 2 })
  )
  .map(([registered, suppliers]) => [
    ...registered.map((c) => ({
      household_id: c.household.id,
      county_code: c.household.county,
      quantity: c.quantity,
    })),
    ...suppliers.map((quantity) => ({
      household_id: null,
      county_code: null,
      quantity,
    })),
  ])

const batchArb = fc
  .record({
    quantity: fc.integer({ min: 0, max: 5 }),
    contributions: contributionsArb,
    sizeOffset: fc.integer({ min: -50, max: 100 }),
  })
  .map(({ quantity, contributions, sizeOffset }) => ({
    quantity,
    contributions,
    batch_quantity: Math.max(
      1,
      contributions.reduce((s, c) => s + c.quantity, 0) + sizeOffset
    ),
  }))

const lineArb: fc.Arbitrary<AttributableLine> = fc
  .record({
    cooperative: fc.constantFrom(...COOPERATIVES),
    net_amount: fc.oneof(
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 300_000 })
    ),
    quantity: fc.integer({ min: 1, max: 5 }),
    batches: fc.array(batchArb, { maxLength: 3 }),
  })
  .map(({ cooperative, net_amount, quantity, batches }) => ({
    line_item_id: "",
    cooperative_id: cooperative.id,
    county_code: cooperative.county,
    net_amount,
    quantity,
    allocations: batches.map((b, i): AllocatedBatch => ({
      ...b,
      batch_id: `batch_${i}`,
    })),
  }))

const orderSpecArb: fc.Arbitrary<OrderSpec> = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
  shipping: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000 })),
})

const partialRefundArb = fc
  .tuple(
    fc.nat(),
    fc.oneof(fc.integer({ min: 0, max: 3 }), fc.nat()),
    fc.boolean()
  )
  .map(([pick, seed, concurrently]) => new Refund(pick, seed, concurrently))

// fc.commands picks each listed arbitrary equally often: partial refunds are
// listed three times so orders go through several of them.
const commandsArb = fc.commands(
  [
    orderSpecArb.map((spec) => new PlaceOrder(spec)),
    fc
      .tuple(fc.nat(), fc.boolean())
      .map(([pick, concurrently]) => new Capture(pick, concurrently)),
    partialRefundArb,
    partialRefundArb,
    partialRefundArb,
    fc
      .tuple(fc.nat(), fc.boolean())
      .map(([pick, concurrently]) => new Refund(pick, null, concurrently)),
    fc.nat().map((pick) => new Cancel(pick)),
    fc.nat().map((pick) => new Redeliver(pick)),
  ],
  { maxCommands: 40, size: "max" }
)

// Random histories of orders (up to 4 lines from 1–3 cooperatives, batches
// with households from other counties and non-registered suppliers),
// captures, partial and full refunds, cancels before and after capture, and
// events replayed later or delivered twice concurrently. After every step the
// ledger must match a model that never calls the engine or shares.ts: each
// order and the grand total to the fen; every line, (line, batch, household)
// pair, household and county never negative, exactly 0 once the order holds
// nothing, otherwise within the rounding bound above of its exact rational
// share; every entry a positive whole number of fen in the right county; and
// a replayed event writes nothing.
describe("attribution ledger (model-based)", () => {
  it(`matches the reference model over ${SEQUENCES} random histories`, () => {
    fc.assert(
      fc.property(commandsArb, (commands) => {
        fc.modelRun(
          () => ({
            model: { orders: [], delivered: [], nextEvent: 0 },
            real: { ledger: new InMemoryLedger() },
          }),
          commands
        )
      }),
      { numRuns: SEQUENCES }
    )
  }, 120_000)
})
