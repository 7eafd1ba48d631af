import { creditCodeCheckCharacter, isValidCreditCode } from "../credit-code"
import { idNumberCheckCharacter, isValidIdNumber } from "../id-number"

describe("unified social credit code (GB 32100)", () => {
  it("accepts published valid codes", () => {
    expect(isValidCreditCode("91350100M000100Y43")).toBe(true)
    expect(isValidCreditCode("91110000600037341L")).toBe(true)
  })

  it("computes the check character from the first 17", () => {
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3")
    expect(creditCodeCheckCharacter("91110000600037341")).toBe("L")
  })

  it("rejects a wrong check character, wrong length and excluded letters", () => {
    expect(isValidCreditCode("91350100M000100Y44")).toBe(false)
    expect(isValidCreditCode("91350100M000100Y4")).toBe(false)
    expect(isValidCreditCode("91350100M000100Y433")).toBe(false)
    // I, O, S, V and Z are not in the alphabet.
    expect(isValidCreditCode("91350100M000100O43")).toBe(false)
    // Positions 3–8 are the administrative division code: digits only.
    expect(isValidCreditCode("913501A0M000100Y43")).toBe(false)
    expect(isValidCreditCode("")).toBe(false)
  })

  it("catches every single-character substitution of a valid code", () => {
    const valid = "91350100M000100Y43"
    const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    for (let i = 0; i < 17; i++) {
      for (const char of alphabet) {
        if (char === valid[i]) continue
        const mutated = valid.slice(0, i) + char + valid.slice(i + 1)
        expect(isValidCreditCode(mutated)).toBe(false)
      }
    }
  })
})

describe("resident ID number (GB 11643)", () => {
  it("accepts the standard's example, with X as check character", () => {
    expect(isValidIdNumber("11010519491231002X")).toBe(true)
    expect(isValidIdNumber("11010519491231002x")).toBe(true)
    expect(idNumberCheckCharacter("11010519491231002")).toBe("X")
  })

  it("rejects a wrong check digit, impossible birth dates and bad shapes", () => {
    expect(isValidIdNumber("110105194912310021")).toBe(false)
    const first17 = "51343119900230123" // 30 February
    expect(isValidIdNumber(first17 + idNumberCheckCharacter(first17))).toBe(
      false
    )
    expect(isValidIdNumber("5134311990010112")).toBe(false)
    expect(isValidIdNumber("51343119900101123A")).toBe(false)
  })

  it("accepts a synthetic Zhaojue number with a computed check digit", () => {
    const first17 = "51343119850612003"
    expect(isValidIdNumber(first17 + idNumberCheckCharacter(first17))).toBe(
      true
    )
  })
})
