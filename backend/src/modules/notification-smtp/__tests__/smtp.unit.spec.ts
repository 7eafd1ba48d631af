import { once } from "node:events"
import type { AddressInfo } from "node:net"
import { SMTPServer } from "smtp-server"
import SmtpNotificationProviderService from "../service"

// The provider against a real SMTP server on a local port (smtp-server, the
// nodemailer project's own): what arrives is our rendered e-mail.
describe("SMTP notification provider", () => {
  let server: SMTPServer
  const received: { from: string; to: string[]; raw: string }[] = []

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on("data", (chunk: Buffer) => chunks.push(chunk))
        stream.on("end", () => {
          received.push({
            from: String(
              session.envelope.mailFrom && session.envelope.mailFrom.address
            ),
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          })
          callback()
        })
      },
    })
    server.listen(0, "127.0.0.1")
    await once(server.server, "listening")
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it("sends the rendered e-mail, links escaped, to the address given", async () => {
    const { port } = server.server.address() as AddressInfo
    const provider = new SmtpNotificationProviderService(
      {},
      {
        url: `smtp://127.0.0.1:${port}`,
        from: "天府丰收 <no-reply@tianfu.test>",
      }
    )
    const result = await provider.send({
      to: "shopper@example.com",
      channel: "email",
      template: "order-shipped",
      data: {
        display_id: 42,
        cooperative: "昭觉县<b>苦荞</b>合作社",
        carrier_zh: "顺丰速运",
        carrier_en: "SF Express",
        tracking_number: "SF1234567890",
        tracking_url:
          "https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890",
      },
    } as never)
    expect(result.id).toMatch(/@/)
    expect(received).toHaveLength(1)
    const [mail] = received
    expect(mail.from).toBe("no-reply@tianfu.test")
    expect(mail.to).toEqual(["shopper@example.com"])
    // Headers and bodies are encoded; decode the quoted-printable text.
    const decoded = Buffer.from(
      mail.raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, "%$1"),
      "latin1"
    ).toString("latin1")
    const text = decodeURIComponent(decoded.replace(/%(?![0-9A-F]{2})/g, "%25"))
    const [plain, html] = text.split("Content-Type: text/html")
    expect(plain).toContain("快递单号 SF1234567890")
    expect(plain).toContain(
      "Track the parcel: https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890"
    )
    // In the HTML part every value is escaped.
    expect(html).toContain(
      'href="https://www.kuaidi100.com/chaxun?com=shunfeng&amp;nu=SF1234567890"'
    )
    expect(html).toContain("昭觉县&lt;b&gt;苦荞&lt;/b&gt;合作社")
    expect(html).not.toContain("<b>苦荞</b>")
  })

  it("refuses a URL that is not SMTP", () => {
    expect(() =>
      SmtpNotificationProviderService.validateOptions({ url: "http://mail" })
    ).toThrow(/SMTP_URL/)
  })
})
