import { incomePerMember, lineCoverage, povertyLineFor } from "../poverty-line"
import { periodRange, yearRange } from "../periods"

describe("poverty line maths", () => {
  const lines = [
    { year: 2013, amount: 273600 },
    { year: 2020, amount: 400000 },
  ]

  it("uses the year's own line, else the latest earlier one", () => {
    expect(povertyLineFor(2013, lines)?.amount).toBe(273600)
    expect(povertyLineFor(2019, lines)?.amount).toBe(273600)
    expect(povertyLineFor(2020, lines)?.amount).toBe(400000)
    expect(povertyLineFor(2026, lines)?.amount).toBe(400000)
    expect(povertyLineFor(2012, lines)).toBeNull()
  })

  it("rounds income per member down and reports coverage in basis points", () => {
    expect(incomePerMember(1000, 3)).toBe(333)
    expect(incomePerMember(1000, 0)).toBe(1000)
    expect(lineCoverage(200000, 400000)).toBe(5000)
    expect(lineCoverage(399999, 400000)).toBe(9999)
    expect(lineCoverage(1, 0)).toBe(0)
  })
})

describe("report periods", () => {
  const now = new Date("2026-11-23T18:00:00Z") // 02:00 on the 24th in Beijing

  it("defaults to the last twelve months in Beijing time", () => {
    expect(periodRange("month", undefined, undefined, now)).toEqual({
      from: "2025-12-01",
      to: "2026-11-24",
    })
  })

  it("aligns the start to its period", () => {
    expect(periodRange("month", "2026-03-15", "2026-05-02")).toEqual({
      from: "2026-03-01",
      to: "2026-05-02",
    })
    expect(periodRange("year", "2025-03-15", "2026-05-02").from).toBe(
      "2025-01-01"
    )
    expect(periodRange("day", "2026-03-15", "2026-05-02").from).toBe(
      "2026-03-15"
    )
    expect(yearRange(2026)).toEqual({ from: "2026-01-01", to: "2026-12-31" })
  })

  it("refuses a range that ends before it starts", () => {
    expect(() => periodRange("day", "2026-05-02", "2026-03-15")).toThrow(
      "from must not be after to"
    )
  })
})
