import { periodObligation } from "../obligations"
import { settleOldestFirst } from "../settlement"

// A small seeded generator, so a failure names the case that failed.
function generator(seed: number) {
  let state = seed >>> 0
  return (max: number) => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state % (max + 1)
  }
}

describe("settling obligations oldest first", () => {
  it("settles in order and leaves the rest as an advance", () => {
    expect(
      settleOldestFirst(
        [
          { id: "a", outstanding: 300 },
          { id: "b", outstanding: 0 },
          { id: "c", outstanding: 500 },
        ],
        600
      )
    ).toEqual([
      { obligation_id: "a", amount: 300 },
      { obligation_id: "c", amount: 300 },
    ])
    expect(settleOldestFirst([{ id: "a", outstanding: 100 }], 250)).toEqual([
      { obligation_id: "a", amount: 100 },
    ])
    expect(settleOldestFirst([], 100)).toEqual([])
    expect(() => settleOldestFirst([], 1.5)).toThrow(RangeError)
  })

  it("never settles more than is owed or paid, over 5,000 random cases", () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const next = generator(seed)
      const open = Array.from({ length: next(6) }, (_, i) => ({
        id: `o${i}`,
        outstanding: next(3) === 0 ? 0 : next(100_000),
      }))
      const amount = next(250_000)
      const settled = settleOldestFirst(open, amount)
      const owed = open.reduce((s, o) => s + o.outstanding, 0)
      const total = settled.reduce((s, x) => s + x.amount, 0)
      const context = `seed ${seed}`
      expect([context, total]).toEqual([context, Math.min(amount, owed)])
      for (const s of settled) {
        const obligation = open.find((o) => o.id === s.obligation_id)!
        expect(s.amount).toBeGreaterThan(0)
        expect(s.amount).toBeLessThanOrEqual(obligation.outstanding)
      }
      // Oldest first: only the last settled obligation may stay open.
      settled.slice(0, -1).forEach((s) => {
        const obligation = open.find((o) => o.id === s.obligation_id)!
        expect(s.amount).toBe(obligation.outstanding)
      })
    }
  })
})

describe("what an agreement makes owed for a period", () => {
  it("computes wages, dividends and rent in fen", () => {
    expect(
      periodObligation({ kind: "wage", daily_wage: 12000 }, { work_days: 22 })
    ).toBe(264000)
    expect(
      periodObligation(
        { kind: "dividend", surplus_share_bp: 333 },
        { surplus: 1_000_001 }
      )
    ).toBe(33300)
    expect(
      periodObligation(
        { kind: "dividend", per_share_amount: 2500, shares: 4 },
        {}
      )
    ).toBe(10000)
    expect(
      periodObligation(
        { kind: "land_rent", rent_per_mu: 60001, area_centi_mu: 150 },
        {}
      )
    ).toBe(90002)
  })

  it("owes nothing it cannot compute", () => {
    expect(periodObligation({ kind: "wage", daily_wage: 100 }, {})).toBeNull()
    expect(
      periodObligation({ kind: "dividend", surplus_share_bp: 100 }, {})
    ).toBeNull()
    expect(periodObligation({ kind: "purchase" }, { work_days: 3 })).toBeNull()
  })
})
