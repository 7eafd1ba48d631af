import { contributionShares, splitByLargestRemainder } from "../shares"

describe("splitByLargestRemainder", () => {
  it("always adds up to the whole", () => {
    for (let amount = 0; amount < 500; amount += 7) {
      const parts = splitByLargestRemainder(amount, [
        { key: "a", weight: 3 },
        { key: "b", weight: 3 },
        { key: "c", weight: 1 },
      ])
      expect(parts.reduce((sum, p) => sum + p.amount, 0)).toBe(amount)
    }
  })

  it("gives leftover units to the largest remainders, ties to the smaller key", () => {
    expect(
      splitByLargestRemainder(100, [
        { key: "hh_b", weight: 1 },
        { key: "hh_a", weight: 1 },
        { key: "hh_c", weight: 1 },
      ])
    ).toEqual([
      { key: "hh_b", amount: 33 },
      { key: "hh_a", amount: 34 },
      { key: "hh_c", amount: 33 },
    ])
    expect(
      splitByLargestRemainder(10, [
        { key: "x", weight: 0.35 },
        { key: "y", weight: 0.65 },
      ])
    ).toEqual([
      { key: "x", amount: 4 },
      { key: "y", amount: 6 },
    ])
  })

  it("splits negative amounts (reversals) as the mirror image", () => {
    const weights = [
      { key: "a", weight: 2 },
      { key: "b", weight: 1 },
    ]
    const sale = splitByLargestRemainder(1001, weights)
    const refund = splitByLargestRemainder(-1001, weights)
    expect(refund.map((p) => p.amount)).toEqual(sale.map((p) => -p.amount))
  })

  it("stays exact for amounts beyond 2^53 / weight", () => {
    const parts = splitByLargestRemainder(Number.MAX_SAFE_INTEGER, [
      { key: "a", weight: 999999 },
      { key: "b", weight: 1 },
    ])
    expect(BigInt(parts[0].amount) + BigInt(parts[1].amount)).toBe(
      BigInt(Number.MAX_SAFE_INTEGER)
    )
  })

  it("refuses nonsense", () => {
    expect(() =>
      splitByLargestRemainder(1.5, [{ key: "a", weight: 1 }])
    ).toThrow(RangeError)
    expect(() =>
      splitByLargestRemainder(10, [{ key: "a", weight: 0 }])
    ).toThrow(RangeError)
    expect(() =>
      splitByLargestRemainder(10, [
        { key: "a", weight: -1 },
        { key: "b", weight: 2 },
      ])
    ).toThrow(RangeError)
    expect(() =>
      splitByLargestRemainder(10, [
        { key: "a", weight: 1 },
        { key: "a", weight: 1 },
      ])
    ).toThrow(RangeError)
  })
})

describe("contributionShares", () => {
  it("expresses shares in basis points that add up to 10000", () => {
    const shares = contributionShares([
      { key: "hh_1", weight: 40 },
      { key: "hh_2", weight: 50 },
      { key: "supplier", weight: 30 },
    ])
    expect(shares).toEqual([
      { key: "hh_1", amount: 3333 },
      { key: "hh_2", amount: 4167 },
      { key: "supplier", amount: 2500 },
    ])
  })
})
