import {
  carrierNeedsTracking,
  recipientAccess,
  shippingStatus,
  shippingStatusOfOrder,
  TRACKING_NUMBER_PATTERN,
  trackingUrl,
} from "../shipping"

const q = (
  ordered: number,
  shipped: number,
  delivered: number,
  order_status = "pending"
) => ({
  order_status,
  ordered,
  shipped,
  delivered,
})

describe("shippingStatus", () => {
  it("follows the units from waiting to delivered", () => {
    expect(shippingStatus(q(3, 0, 0))).toBe("awaiting_shipment")
    expect(shippingStatus(q(3, 1, 0))).toBe("partially_shipped")
    expect(shippingStatus(q(3, 3, 0))).toBe("shipped")
    expect(shippingStatus(q(3, 3, 1))).toBe("partially_delivered")
    expect(shippingStatus(q(3, 3, 3))).toBe("delivered")
  })

  it("closes a canceled order and one with no units left", () => {
    expect(shippingStatus(q(3, 0, 0, "canceled"))).toBe("canceled")
    expect(shippingStatus(q(3, 3, 3, "canceled"))).toBe("canceled")
    expect(shippingStatus(q(0, 0, 0))).toBe("canceled")
  })

  it("reads Medusa's order-level status in the same words", () => {
    expect(shippingStatusOfOrder("pending", "not_fulfilled")).toBe(
      "awaiting_shipment"
    )
    expect(shippingStatusOfOrder("pending", "fulfilled")).toBe(
      "awaiting_shipment"
    )
    expect(shippingStatusOfOrder("completed", "shipped")).toBe("shipped")
    expect(shippingStatusOfOrder("pending", "partially_delivered")).toBe(
      "partially_delivered"
    )
    expect(shippingStatusOfOrder("canceled", "not_fulfilled")).toBe("canceled")
    expect(shippingStatusOfOrder("pending", null)).toBe("awaiting_shipment")
  })
})

describe("carriers", () => {
  it("looks a waybill up on Kuaidi100, and a cooperative's own delivery nowhere", () => {
    expect(trackingUrl("sf", "SF1234567890")).toBe(
      "https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890"
    )
    expect(trackingUrl("self", "X")).toBeNull()
    expect(carrierNeedsTracking("ems")).toBe(true)
    expect(carrierNeedsTracking("self")).toBe(false)
  })

  it("takes waybill numbers of 8 to 30 letters and digits", () => {
    expect(TRACKING_NUMBER_PATTERN.test("SF1234567890")).toBe(true)
    expect(TRACKING_NUMBER_PATTERN.test("1234567")).toBe(false)
    expect(TRACKING_NUMBER_PATTERN.test("SF 1234567890")).toBe(false)
    expect(TRACKING_NUMBER_PATTERN.test("<script>1234")).toBe(false)
  })
})

describe("recipientAccess", () => {
  const now = new Date("2026-12-06T12:00:00Z")
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000)

  it("shows the recipient while units are left to ship, with no end", () => {
    expect(
      recipientAccess({
        status: "partially_shipped",
        unshipped: 1,
        last_shipped_at: hoursAgo(500),
        now,
        window_hours: 72,
      })
    ).toEqual({ visible: true, until: null })
  })

  it("keeps it for the window after the last shipment, then closes", () => {
    expect(
      recipientAccess({
        status: "shipped",
        unshipped: 0,
        last_shipped_at: hoursAgo(71),
        now,
        window_hours: 72,
      })
    ).toEqual({ visible: true, until: new Date(now.getTime() + 3_600_000) })
    expect(
      recipientAccess({
        status: "delivered",
        unshipped: 0,
        last_shipped_at: hoursAgo(72),
        now,
        window_hours: 72,
      })
    ).toEqual({ visible: false, reason: "window_closed" })
  })

  it("never shows a canceled order's recipient", () => {
    expect(
      recipientAccess({
        status: "canceled",
        unshipped: 2,
        last_shipped_at: null,
        now,
        window_hours: 72,
      })
    ).toEqual({ visible: false, reason: "canceled" })
  })
})
