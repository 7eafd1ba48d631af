import { maskEmail, maskIdNumber, maskName, maskPhone } from "../masking"

describe("masking", () => {
  it("keeps the first and last four characters of an ID number", () => {
    expect(maskIdNumber("513431198506120031")).toBe("5134**********0031")
    expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X")
    expect(maskIdNumber("1234")).toBe("****")
  })

  it("keeps the prefix and the last four digits of a phone", () => {
    expect(maskPhone("13812345678")).toBe("138****5678")
    expect(maskPhone("+86 138-1234-5678")).toBe("861******5678")
    expect(maskPhone("12345")).toBe("*****")
  })

  it("keeps only a name's first character", () => {
    expect(maskName("阿苏拉则")).toBe("阿***")
    expect(maskName("张三")).toBe("张*")
    expect(maskName("王")).toBe("*")
    expect(maskName("")).toBe("")
  })
})

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("meimei@example.com")).toBe("m***@example.com")
    expect(maskEmail("a@b.cn")).toBe("a***@b.cn")
    expect(maskEmail("not-an-email")).toBe("************")
  })
})
