// The e-mails the shop sends, in Chinese then English (a shopper's
// language is not known when an event fires): a subject, a plain-text body
// and the same as simple HTML. Data comes from our subscribers; every value
// is escaped in the HTML.
export const EMAIL_TEMPLATES = [
  "order-placed",
  "order-shipped",
  "order-refunded",
  "order-transfer",
  "password-reset",
  "cooperative-new-order",
] as const
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number]

export type EmailData = Record<string, unknown>

export type RenderedEmail = { subject: string; text: string; html: string }

const str = (value: unknown) => (value == null ? "" : String(value))

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        c
      ] as string
  )

type Parts = {
  subject: string
  lines: string[]
  link?: { url: string; label: string }
}

function parts(template: string, d: EmailData): Parts {
  const order = `#${str(d.display_id)}`
  switch (template) {
    case "order-placed":
      return {
        subject: `天府丰收：订单 ${order} 已提交 · Order ${order} placed`,
        lines: [
          `您的订单 ${order} 已提交，合计 ${str(d.total)}。合作社发货后我们会再通知您。`,
          `Your order ${order} is placed, ${str(d.total)} in all. We will write again when the cooperatives ship.`,
        ],
        link: { url: str(d.order_url), label: "查看订单 · View the order" },
      }
    case "order-shipped":
      return {
        subject: `天府丰收：订单 ${order} 已发货 · Order ${order} shipped`,
        lines: [
          `${str(d.cooperative)} 已通过 ${str(d.carrier_zh)} 发出您订单 ${order} 的商品${d.tracking_number ? `，快递单号 ${str(d.tracking_number)}` : ""}。`,
          `${str(d.cooperative)} has shipped its part of order ${order} with ${str(d.carrier_en)}${d.tracking_number ? `, waybill ${str(d.tracking_number)}` : ""}.`,
        ],
        link: d.tracking_url
          ? { url: str(d.tracking_url), label: "查询物流 · Track the parcel" }
          : { url: str(d.order_url), label: "查看订单 · View the order" },
      }
    case "order-refunded":
      return {
        subject: `天府丰收：订单 ${order} 已退款 · Order ${order} refunded`,
        lines: [
          `订单 ${order} 已退款 ${str(d.amount)}，将按原支付方式退回。`,
          `${str(d.amount)} of order ${order} is refunded to the way you paid.`,
        ],
        link: { url: str(d.order_url), label: "查看订单 · View the order" },
      }
    case "order-transfer":
      return {
        subject: `天府丰收：把订单 ${order} 关联到您的账户 · Add order ${order} to your account`,
        lines: [
          `有人请求把以本邮箱下的订单 ${order} 关联到天府丰收账户 ${str(d.account)}。如果是您本人，请点击下面的链接确认；否则请忽略本邮件，订单不会变动。`,
          `Someone asked to add order ${order}, placed with this e-mail address, to the Tianfu Harvest account ${str(d.account)}. If that was you, confirm with the link below; otherwise ignore this e-mail and nothing changes.`,
        ],
        link: {
          url: str(d.claim_url),
          label: "确认关联 · Add it to my account",
        },
      }
    case "cooperative-new-order":
      return {
        subject: `天府丰收：新订单 ${order} 待发货 · New order ${order} to ship`,
        lines: [
          `订单 ${order} 中有 ${str(d.cooperative)} 的商品待发货：${str(d.items)}。收货人信息请在合作社工作台的订单页查看。`,
          `Order ${order} holds ${str(d.cooperative)}'s products to ship: ${str(d.items)}. The recipient is on the order's page in the console.`,
        ],
        link: {
          url: str(d.order_url),
          label: "打开订单 · Open the order",
        },
      }
    case "password-reset":
      return {
        subject: "天府丰收：重设密码 · Reset your password",
        lines: [
          "我们收到了重设密码的请求。链接 15 分钟内有效；如果不是您本人操作，请忽略本邮件。",
          "We received a request to reset your password. The link works for 15 minutes; if it was not you, ignore this e-mail.",
        ],
        link: { url: str(d.reset_url), label: "重设密码 · Reset the password" },
      }
    default:
      return { subject: `天府丰收 · ${template}`, lines: [JSON.stringify(d)] }
  }
}

export function renderEmail(template: string, data: EmailData): RenderedEmail {
  const { subject, lines, link } = parts(template, data)
  const text = [...lines, ...(link ? [`${link.label}: ${link.url}`] : [])].join(
    "\n\n"
  )
  const html = [
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(link
      ? [
          `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
        ]
      : []),
  ].join("\n")
  return { subject, text, html }
}
