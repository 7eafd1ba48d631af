import { findBadInput, MAX_DEPTH } from "../reject-nul"

describe("findBadInput", () => {
  it("names where a NUL character is, in values and keys, never the value", () => {
    expect(findBadInput({ a: "ok", b: [{ c: "x\u0000y" }] }, "")).toEqual({
      field: "b[0].c",
      problem: "must not contain NUL characters",
    })
    expect(findBadInput({ nested: { "k\u0000": 1 } }, "")).toEqual({
      field: "nested",
      problem: "must not contain NUL characters",
    })
  })

  it("finds a lone surrogate half but accepts a pair (an emoji)", () => {
    expect(findBadInput({ name: "苦荞\uD83D" }, "")?.field).toBe("name")
    expect(findBadInput({ name: "\uDE00x" }, "")?.field).toBe("name")
    expect(findBadInput({ name: "苦荞 😀" }, "")).toBeNull()
  })

  it("refuses nesting beyond the limit without overflowing the stack", () => {
    let deep: unknown = "leaf"
    for (let i = 0; i < 10_000; i++) deep = [deep]
    expect(findBadInput({ a: deep }, "")?.problem).toBe(
      `must not nest deeper than ${MAX_DEPTH} levels`
    )
    let fine: unknown = "leaf"
    for (let i = 0; i < MAX_DEPTH - 1; i++) fine = { x: fine }
    expect(findBadInput(fine, "")).toBeNull()
  })

  it("passes ordinary input", () => {
    expect(findBadInput({ a: 1, b: null, c: ["猕猴桃"] }, "")).toBeNull()
    expect(findBadInput(undefined, "")).toBeNull()
  })
})
