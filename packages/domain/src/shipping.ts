// How a cooperative's lines of an order travel: one status computed from
// Medusa's own per-line quantities (ordered, shipped, delivered) and the
// order's status, shown in the same words in the console, /app and the
// shopper's account; the carriers a parcel can go with and where its
// tracking number is looked up; and how long after shipping a cooperative
// may still read the recipient's address.

export const SHIPPING_STATUSES = [
  "awaiting_shipment",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const
export type ShippingStatus = (typeof SHIPPING_STATUSES)[number]

export type ShippingQuantities = {
  // Medusa's order status; "canceled" closes every line.
  order_status: string
  ordered: number
  shipped: number
  delivered: number
}

// The status of a set of lines (one cooperative's, or a whole order's).
export function shippingStatus(q: ShippingQuantities): ShippingStatus {
  if (q.order_status === "canceled" || q.ordered <= 0) return "canceled"
  if (q.delivered >= q.ordered) return "delivered"
  if (q.delivered > 0) return "partially_delivered"
  if (q.shipped >= q.ordered) return "shipped"
  if (q.shipped > 0) return "partially_shipped"
  return "awaiting_shipment"
}

// The words for each status, one list for the console, /app and the
// shopper's account, so a parcel never reads "已发货" in one and "Awaiting
// shipping" in another.
export const SHIPPING_STATUS_WORDS: Record<
  ShippingStatus,
  { zh: string; en: string }
> = {
  awaiting_shipment: { zh: "待发货", en: "Awaiting shipment" },
  partially_shipped: { zh: "部分发货", en: "Partly shipped" },
  shipped: { zh: "已发货", en: "Shipped" },
  partially_delivered: { zh: "部分送达", en: "Partly delivered" },
  delivered: { zh: "已送达", en: "Delivered" },
  canceled: { zh: "已取消", en: "Canceled" },
}

export function shippingStatusWords(
  status: ShippingStatus,
  language: string
): string {
  const words = SHIPPING_STATUS_WORDS[status]
  return language.startsWith("zh") ? words.zh : words.en
}

// Medusa's order-level fulfillment_status in the same words, for the
// shopper's list of orders (which reads only Medusa's order). A fulfilment
// packed but not yet handed to a carrier is still awaiting shipment: the
// console ships and hands over in one step.
export function shippingStatusOfOrder(
  orderStatus: string,
  fulfillmentStatus: string | null | undefined
): ShippingStatus {
  if (orderStatus === "canceled" || fulfillmentStatus === "canceled")
    return "canceled"
  switch (fulfillmentStatus) {
    case "partially_shipped":
      return "partially_shipped"
    case "shipped":
      return "shipped"
    case "partially_delivered":
      return "partially_delivered"
    case "delivered":
      return "delivered"
    default:
      return "awaiting_shipment"
  }
}

// Carriers that deliver to and from Sichuan's counties, with Kuaidi100's
// code for each (one public page looks up any of them); "self" is a
// cooperative delivering itself, with no tracking number.
export const CARRIERS = {
  sf: { zh: "顺丰速运", en: "SF Express", kuaidi100: "shunfeng" },
  ems: { zh: "中国邮政 EMS", en: "China Post EMS", kuaidi100: "ems" },
  jd: { zh: "京东物流", en: "JD Logistics", kuaidi100: "jd" },
  zto: { zh: "中通快递", en: "ZTO Express", kuaidi100: "zhongtong" },
  yto: { zh: "圆通速递", en: "YTO Express", kuaidi100: "yuantong" },
  yunda: { zh: "韵达快递", en: "Yunda Express", kuaidi100: "yunda" },
  sto: { zh: "申通快递", en: "STO Express", kuaidi100: "shentong" },
  jtexpress: { zh: "极兔速递", en: "J&T Express", kuaidi100: "jtexpress" },
  deppon: { zh: "德邦快递", en: "Deppon Express", kuaidi100: "debangkuaidi" },
  self: {
    zh: "合作社自送",
    en: "Delivered by the cooperative",
    kuaidi100: null,
  },
} as const satisfies Record<
  string,
  { zh: string; en: string; kuaidi100: string | null }
>
export type CarrierCode = keyof typeof CARRIERS
export const CARRIER_CODES = Object.keys(CARRIERS) as CarrierCode[]

// A waybill number as carriers print them: 8–30 letters and digits.
export const TRACKING_NUMBER_PATTERN = /^[A-Za-z0-9]{8,30}$/

export function carrierNeedsTracking(carrier: CarrierCode): boolean {
  return CARRIERS[carrier].kuaidi100 !== null
}

export function trackingUrl(
  carrier: CarrierCode,
  trackingNumber: string
): string | null {
  const code = CARRIERS[carrier].kuaidi100
  if (!code) return null
  return `https://www.kuaidi100.com/chaxun?com=${code}&nu=${encodeURIComponent(trackingNumber)}`
}

export function carrierName(carrier: string, language: string): string {
  const known = CARRIERS[carrier as CarrierCode]
  if (!known) return carrier
  return language.startsWith("zh") ? known.zh : known.en
}

// A cooperative reads the recipient (name, phone, street address) of an
// order while it has lines of its own left to ship, and for a short window
// after its last shipment (a parcel returned, a courier calling back);
// never for a canceled order.
export const DEFAULT_RECIPIENT_WINDOW_HOURS = 72

export type RecipientAccess =
  | { visible: true; until: Date | null }
  | { visible: false; reason: "canceled" | "window_closed" }

export function recipientAccess(input: {
  status: ShippingStatus
  // Units of the cooperative's lines not yet handed to a carrier.
  unshipped: number
  last_shipped_at: Date | null
  now: Date
  window_hours: number
}): RecipientAccess {
  if (input.status === "canceled") return { visible: false, reason: "canceled" }
  if (input.unshipped > 0 || !input.last_shipped_at)
    return { visible: true, until: null }
  const until = new Date(
    input.last_shipped_at.getTime() + input.window_hours * 3_600_000
  )
  return until > input.now
    ? { visible: true, until }
    : { visible: false, reason: "window_closed" }
}
