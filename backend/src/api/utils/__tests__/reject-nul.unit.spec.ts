import { findNulCharacter } from "../reject-nul"

describe("findNulCharacter", () => {
  it("names the first field holding a NUL, however deep", () => {
    expect(findNulCharacter({ a: "ok", b: [{ c: "x\u0000y" }] }, "")).toBe(
      "b[0].c"
    )
    expect(findNulCharacter({ "k\u0000": 1 }, "")).toBe("k\u0000")
  })

  it("finds nothing in clean or non-string values", () => {
    expect(findNulCharacter({ a: 1, b: null, c: ["猕猴桃"] }, "")).toBeNull()
    expect(findNulCharacter(undefined, "")).toBeNull()
  })
})
