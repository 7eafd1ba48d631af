import {
  generateTraceCode,
  isTraceCode,
  TRACE_CODE_ALPHABET,
  TRACE_CODE_LENGTH,
} from "../trace-code"

describe("trace codes", () => {
  it("are short and use no ambiguous characters", () => {
    const code = generateTraceCode()
    expect(code).toHaveLength(TRACE_CODE_LENGTH)
    expect(isTraceCode(code)).toBe(true)
    expect(TRACE_CODE_ALPHABET).not.toMatch(/[01ILO]/)
  })

  it("do not repeat across many draws and use the whole alphabet evenly", () => {
    const codes = new Set<string>()
    const counts = new Map<string, number>()
    for (let i = 0; i < 20000; i++) {
      const code = generateTraceCode()
      codes.add(code)
      for (const char of code) counts.set(char, (counts.get(char) ?? 0) + 1)
    }
    expect(codes.size).toBe(20000)
    const expected = (20000 * TRACE_CODE_LENGTH) / TRACE_CODE_ALPHABET.length
    // Six standard deviations (≈ 7.4 % here): a fair draw stays inside
    // all but once in many millions of runs (a 5 % bound, ≈ 4 σ, failed
    // about one run in five hundred), while the modulo bias rejection
    // sampling prevents (+9 % for the first eight characters) is outside.
    const tolerance = (6 * Math.sqrt(expected)) / expected
    for (const char of TRACE_CODE_ALPHABET) {
      expect(
        Math.abs((counts.get(char) ?? 0) - expected) / expected
      ).toBeLessThan(tolerance)
    }
  })

  it("reject bytes that would bias the alphabet (rejection sampling)", () => {
    // 248 and above are rejected for a 31-character alphabet.
    const bytes = [255, 254, 248, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 30, 31]
    const code = generateTraceCode(() => Buffer.from(bytes))
    expect(code).toBe("23456789AB")
  })

  it("are recognised only in their exact shape", () => {
    expect(isTraceCode("23456789AB")).toBe(true)
    expect(isTraceCode("23456789ab")).toBe(false)
    expect(isTraceCode("O3456789AB")).toBe(false)
    expect(isTraceCode("23456789A")).toBe(false)
  })
})
