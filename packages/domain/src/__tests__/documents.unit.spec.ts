import { documentName, documentType, isBase64 } from "../documents"

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(
    values.flatMap((v) =>
      typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v]
    )
  )

describe("evidence documents", () => {
  it("tells PDF, PNG, JPEG and WebP by their first bytes", () => {
    expect(documentType(bytes("%PDF-1.7\n"))?.mime).toBe("application/pdf")
    expect(
      documentType(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))?.mime
    ).toBe("image/png")
    expect(documentType(bytes(0xff, 0xd8, 0xff, 0xe0))?.extension).toBe("jpg")
    expect(documentType(bytes("RIFF", 1, 2, 3, 4, "WEBPVP8 "))?.mime).toBe(
      "image/webp"
    )
  })

  it("refuses anything else, whatever it is called", () => {
    expect(documentType(bytes("<html><script>"))).toBeNull()
    expect(documentType(bytes("%PD"))).toBeNull()
    expect(documentType(bytes("RIFF", 1, 2, 3, 4, "WAVE"))).toBeNull()
    expect(documentType(new Uint8Array())).toBeNull()
  })

  it("keeps the base name and gives it the extension of the content", () => {
    expect(documentName("C:\\收据\\转账回单.PNG", "pdf")).toBe("转账回单.pdf")
    expect(documentName("../../etc/passwd", "jpg")).toBe("passwd.jpg")
    expect(documentName('a"\u0000\u202eb.pdf', "pdf")).toBe("ab.pdf")
    expect(documentName("", "png")).toBe("document.png")
    expect(documentName("x".repeat(300), "pdf")).toHaveLength(114)
  })

  it("tells base64 without a regular expression, at any length", () => {
    expect(isBase64("JVBERi0=")).toBe(true)
    expect(isBase64("AAAA".repeat(2_000_000))).toBe(true)
    expect(isBase64("AAA")).toBe(false)
    expect(isBase64("%%%%")).toBe(false)
    expect(isBase64("AA=A")).toBe(false)
    expect(isBase64("")).toBe(false)
  })
})
