import { fullName } from "../person-name"

describe("fullName", () => {
  it("writes a Chinese name family name first, without a space", () => {
    expect(fullName("小明", "王")).toBe("王小明")
    expect(fullName("曲布", "吉克")).toBe("吉克曲布")
  })

  it("writes other names given name first", () => {
    expect(fullName("Anna", "Li")).toBe("Anna Li")
  })

  it("leaves out blank parts and answers null for no name", () => {
    expect(fullName(" 小明 ", null)).toBe("小明")
    expect(fullName(null, "Li")).toBe("Li")
    expect(fullName("", "  ")).toBeNull()
    expect(fullName(undefined, undefined)).toBeNull()
  })
})
