import { neutralizeFormula } from "../csv-cell"

describe("neutralizeFormula", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
  ])("writes %j as text", (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected)
  })

  it.each(["昭觉县苦荞合作社", "513431", "a=b", " =1", ""])(
    "leaves %j as it is",
    (input) => {
      expect(neutralizeFormula(input)).toBe(input)
    }
  )
})
