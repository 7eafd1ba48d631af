import { BigNumber } from "@medusajs/framework/utils"
import { toFen } from "../money"

// Edge cases of the yuan → fen conversion that a property test does not
// reach: nonsense is a clear INVALID_DATA, never a crash or a silent 0.
describe("toFen edge cases", () => {
  it("reads Medusa's BigNumber through its exact decimal string", () => {
    expect(toFen(new BigNumber("19.99"))).toBe(1999)
    expect(toFen(new BigNumber("0.105"))).toBe(11)
    expect(toFen({ numeric: 19.99 })).toBe(1999)
    expect(toFen(1e-7)).toBe(0)
  })

  it("refuses what is not an amount", () => {
    for (const bad of ["", "  ", "abc", "1,5", 1e21, Number.NaN, "9e20"]) {
      expect(() => toFen(bad)).toThrow(/Not an amount/)
    }
  })

  it("gives 0, never -0, for a zero part of a reversal", () => {
    expect(Object.is(toFen("-0.001"), 0)).toBe(true)
  })
})
