import fc from "fast-check"
import { BigNumber, MedusaError } from "@medusajs/framework/utils"
import { splitByLargestRemainder } from "@tianfu/domain"
import { toFen } from "../money"
import { splitLine } from "../split-line"
import type { AllocatedBatch, AttributableLine, Contribution } from "../types"
import {
  ceilOf,
  exactLineShares,
  floorOf,
  mul,
  pairKey,
  ratio,
  ZERO,
  add,
} from "./reference-attribution"

const RUNS = { numRuns: 1000 }

// A few households in several counties (one with no county on record, which
// falls back to the cooperative's), reused across batches.
const HOUSEHOLDS: { id: string; county: string | null }[] = [
  { id: "hh_zhaojue_1", county: "513431" },
  { id: "hh_zhaojue_2", county: "513431" },
  { id: "hh_cangxi_1", county: "510824" },
  { id: "hh_butuo_1", county: "513429" },
  { id: "hh_muchuan_1", county: "511129" },
  { id: "hh_unknown", county: null },
]

const householdContribution: fc.Arbitrary<Contribution> = fc
  .record({
    household: fc.constantFrom(...HOUSEHOLDS),
    quantity: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ household, quantity }) => ({
    household_id: household.id,
    county_code: household.county,
    quantity,
  }))

const supplierContribution: fc.Arbitrary<Contribution> = fc
  .integer({ min: 0, max: 1000 })
  .map((quantity) => ({ household_id: null, county_code: null, quantity }))

// Contributions of one batch: each household at most once, any number of
// non-registered suppliers, in any order.
const contributionsArb: fc.Arbitrary<Contribution[]> = fc
  .tuple(
    fc.uniqueArray(householdContribution, {
      selector: (c) => c.household_id,
      maxLength: 4,
    }),
    fc.array(supplierContribution, { maxLength: 2 })
  )
  .chain(([registered, suppliers]) => {
    const all = [...registered, ...suppliers]
    return fc.shuffledSubarray(all, {
      minLength: all.length,
      maxLength: all.length,
    })
  })

// The batch's recorded size is sometimes above the sum of contributions (a
// part nobody is recorded for), sometimes below it (the sum wins), never 0.
const batchArb = fc
  .record({
    quantity: fc.integer({ min: 0, max: 12 }),
    contributions: contributionsArb,
    sizeOffset: fc.integer({ min: -1000, max: 1000 }),
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
    quantity: fc.integer({ min: 1, max: 20 }),
    batches: fc.array(batchArb, { minLength: 1, maxLength: 4 }),
    batchIds: fc.shuffledSubarray(
      ["batch_a", "batch_b", "batch_c", "batch_d", "batch_e"],
      { minLength: 4, maxLength: 4 }
    ),
    county: fc.constantFrom("513431", "510824"),
  })
  .map(({ quantity, batches, batchIds, county }) => ({
    line_item_id: "ordli_1",
    cooperative_id: "coop_1",
    county_code: county,
    net_amount: 0,
    quantity,
    allocations: batches.map((b, i): AllocatedBatch => ({
      ...b,
      batch_id: batchIds[i],
    })),
  }))

// Small amounts make rounding decide most of each share; large ones check
// exactness far beyond what a float could hold in amount × weight.
const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1_000_000_000 })
)

const byKey = <
  T extends { batch_id: string | null; household_id: string | null },
>(
  shares: T[]
): T[] => [...shares].sort((a, b) => (pairKey(a) < pairKey(b) ? -1 : 1))

// splitLine against the rule's definition, computed independently with
// exact fractions: the parts must add up to the line amount to the fen,
// each (batch, household) part must be its exact share rounded down or up,
// and the result must not depend on incidental input order.
describe("splitLine (properties)", () => {
  it("shares add up exactly to the amount", () => {
    fc.assert(
      fc.property(lineArb, amountArb, (line, amount) => {
        const shares = splitLine(line, amount)
        expect(shares.reduce((s, p) => s + p.amount, 0)).toBe(amount)
      }),
      RUNS
    )
  })

  it("each (batch, household) share is its exact proportion rounded down or up", () => {
    fc.assert(
      fc.property(lineArb, amountArb, (line, amount) => {
        const exact = exactLineShares(line)
        // The reference itself must hand out the whole line.
        expect(exact.reduce((s, e) => add(s, e.fraction), ZERO)).toEqual(
          ratio(1n)
        )
        const actual = new Map(
          splitLine(line, amount).map((s) => [pairKey(s), s])
        )
        for (const share of exact) {
          const owed = mul(share.fraction, ratio(amount))
          const got = actual.get(pairKey(share))
          const paid = BigInt(got?.amount ?? 0)
          expect([floorOf(owed), ceilOf(owed)]).toContain(paid)
          if (got) expect(got.county_code).toBe(share.county_code)
        }
        // Nobody outside the rule is paid.
        const owedKeys = new Set(exact.map(pairKey))
        for (const key of actual.keys()) expect(owedKeys).toContain(key)
      }),
      RUNS
    )
  })

  it("is deterministic, also when contributions come in another order", () => {
    const reordered = lineArb.chain((line) =>
      fc.tuple(
        fc.constant(line),
        fc.tuple(
          ...line.allocations.map((a) =>
            fc.shuffledSubarray(a.contributions, {
              minLength: a.contributions.length,
              maxLength: a.contributions.length,
            })
          )
        )
      )
    )
    fc.assert(
      fc.property(reordered, amountArb, ([line, shuffled], amount) => {
        const first = splitLine(line, amount)
        expect(splitLine(structuredClone(line), amount)).toEqual(first)
        const other: AttributableLine = {
          ...line,
          allocations: line.allocations.map((a, i) => ({
            ...a,
            contributions: shuffled[i],
          })),
        }
        // The list follows the input order; who gets what must not.
        expect(byKey(splitLine(other, amount))).toEqual(byKey(first))
      }),
      RUNS
    )
  })

  it("never pays a negative or zero share out of a positive amount", () => {
    fc.assert(
      fc.property(lineArb, amountArb, (line, amount) => {
        const shares = splitLine(line, amount)
        for (const share of shares) {
          expect(Number.isSafeInteger(share.amount)).toBe(true)
          expect(share.amount).toBeGreaterThan(0)
        }
        if (amount === 0) expect(shares).toEqual([])
      }),
      RUNS
    )
  })

  it("gives a line of quantity 0 wholly to the cooperative", () => {
    expect(
      splitLine(
        {
          line_item_id: "ordli_1",
          cooperative_id: "coop_1",
          county_code: "513431",
          net_amount: 0,
          quantity: 0,
          allocations: [],
        },
        1999
      )
    ).toEqual([
      {
        batch_id: null,
        household_id: null,
        county_code: "513431",
        amount: 1999,
      },
    ])
  })
})

const keysArb = fc.uniqueArray(fc.string({ maxLength: 3 }), {
  minLength: 1,
  maxLength: 8,
})

const bigWeightsArb = keysArb
  .chain((keys) =>
    fc.tuple(
      ...keys.map((key) =>
        fc
          .oneof(
            fc.bigInt({ min: 0n, max: 5n }),
            fc.bigInt({ min: 0n, max: 2n ** 80n })
          )
          .map((weight) => ({ key, weight }))
      )
    )
  )
  .filter((ws) => ws.some((w) => w.weight > 0n))

// The largest-remainder split with exact bigint weights, against exact
// fractions: sums, one-unit closeness, the documented tie-break (larger
// remainder first, then the smaller key) and independence of input order.
describe("splitByLargestRemainder with bigint weights (properties)", () => {
  it("adds up, stays within one unit, and breaks ties by the smaller key", () => {
    fc.assert(
      fc.property(bigWeightsArb, fc.maxSafeInteger(), (weights, amount) => {
        const parts = splitByLargestRemainder(amount, weights)
        expect(parts.map((p) => p.key)).toEqual(weights.map((w) => w.key))
        expect(parts.reduce((s, p) => s + BigInt(p.amount), 0n)).toBe(
          BigInt(amount)
        )
        const total = weights.reduce((s, w) => s + w.weight, 0n)
        const magnitude = BigInt(Math.abs(amount))
        const floors = weights.map((w) => (magnitude * w.weight) / total)
        const remainders = weights.map((w) => (magnitude * w.weight) % total)
        const bonus = parts.map(
          (p, i) => BigInt(Math.abs(p.amount)) - floors[i]
        )
        for (let i = 0; i < parts.length; i++) {
          const exact = ratio(BigInt(amount) * weights[i].weight, total)
          expect([floorOf(exact), ceilOf(exact)]).toContain(
            BigInt(parts[i].amount)
          )
          expect([0n, 1n]).toContain(bonus[i])
        }
        // Whoever got the extra unit ranks before whoever did not.
        for (let i = 0; i < parts.length; i++) {
          for (let j = 0; j < parts.length; j++) {
            if (bonus[i] !== 1n || bonus[j] !== 0n) continue
            const ahead =
              remainders[i] > remainders[j] ||
              (remainders[i] === remainders[j] &&
                weights[i].key < weights[j].key)
            expect(ahead).toBe(true)
          }
        }
      }),
      RUNS
    )
  })

  it("does not depend on the order of the weights; reversals mirror sales", () => {
    const shuffledArb = bigWeightsArb.chain((ws) =>
      fc.tuple(
        fc.constant(ws),
        fc.shuffledSubarray(ws, { minLength: ws.length, maxLength: ws.length })
      )
    )
    fc.assert(
      fc.property(
        shuffledArb,
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        ([weights, shuffled], amount) => {
          const asMap = (parts: { key: string; amount: number }[]) =>
            new Map(parts.map((p) => [p.key, p.amount]))
          const sale = asMap(splitByLargestRemainder(amount, weights))
          expect(asMap(splitByLargestRemainder(amount, shuffled))).toEqual(sale)
          const refund = asMap(splitByLargestRemainder(-amount, weights))
          for (const [key, value] of sale) {
            // == rather than toBe: a zero reversal comes back as -0.
            expect(refund.get(key) === -value).toBe(true)
          }
        }
      ),
      RUNS
    )
  })

  it("gives safe-integer number weights the same split as bigint ones", () => {
    fc.assert(
      fc.property(
        keysArb.chain((keys) =>
          fc.tuple(
            ...keys.map((key) =>
              fc
                .integer({ min: 0, max: 1_000_000 })
                .map((weight) => ({ key, weight }))
            )
          )
        ),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (weights, amount) => {
          fc.pre(weights.some((w) => w.weight > 0))
          expect(
            splitByLargestRemainder(
              amount,
              weights.map((w) => ({ key: w.key, weight: BigInt(w.weight) }))
            )
          ).toEqual(splitByLargestRemainder(amount, weights))
        }
      ),
      RUNS
    )
  })
})

// Exact half-away-from-zero rounding of a decimal string to fen, computed
// with bigint from the digits alone.
function referenceFen(sign: "" | "-", whole: bigint, fraction: string): number {
  const scale = 10n ** BigInt(fraction.length)
  const hundredths = (whole * scale + BigInt(fraction || "0")) * 100n
  const rounded = (2n * hundredths + scale) / (2n * scale)
  return Number(sign === "-" ? -rounded : rounded) || 0
}

// toFen turns Medusa's major-unit amounts (numbers, decimal strings, raw
// BigNumber values, BigNumber instances) into integer fen without float
// drift, rounding sub-fen digits half away from zero.
describe("toFen (properties)", () => {
  it("reads back every whole number of fen, however it is given", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }),
        (fen) => {
          const yuan = fen / 100
          expect(toFen(String(yuan))).toBe(fen)
          expect(toFen(yuan)).toBe(fen)
          expect(toFen({ value: String(yuan) })).toBe(fen)
          expect(toFen(new BigNumber(String(yuan)))).toBe(fen)
        }
      ),
      RUNS
    )
  })

  it("rounds sub-fen digits half away from zero", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("" as const, "-" as const),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.stringMatching(/^\d{0,8}$/),
        (sign, whole, fraction) => {
          const text = `${sign}${whole}${fraction ? "." + fraction : ""}`
          expect(toFen(text)).toBe(referenceFen(sign, whole, fraction))
          expect(toFen({ value: text })).toBe(
            referenceFen(sign, whole, fraction)
          )
        }
      ),
      RUNS
    )
  })

  it("handles the usual suspects", () => {
    expect(toFen({ value: "19.99" })).toBe(1999)
    expect(toFen("19.99")).toBe(1999)
    expect(toFen(19.99)).toBe(1999)
    expect(toFen(new BigNumber(19.99))).toBe(1999)
    expect(
      toFen({ value: "19.99000000000000000000", precision: 20 } as {
        value: string
      })
    ).toBe(1999)
    expect(toFen("0.005")).toBe(1)
    expect(toFen("-0.005")).toBe(-1)
    expect(toFen("0.0049999")).toBe(0)
    expect(toFen("-0.0049")).toBe(0)
    expect(toFen("2.675")).toBe(268)
    expect(toFen(1.005)).toBe(101)
    expect(toFen("1e2")).toBe(10000)
    expect(toFen(null)).toBe(0)
    expect(toFen(undefined)).toBe(0)
    expect(() => toFen("abc")).toThrow(MedusaError)
  })
})
