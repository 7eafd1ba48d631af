import Stripe from "stripe"
import {
  paymentCatchUp,
  readStripePaymentReport,
  type StripePaymentReport,
  verifyStripeEvent,
} from "../stripe-events"

const SECRET = "whsec_unit_test_secret"

function signed(event: object, secret = SECRET, timestamp?: number) {
  const payload = JSON.stringify(event)
  const header = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestamp === undefined ? {} : { timestamp }),
  })
  return { payload, header }
}

const succeeded = {
  id: "evt_1",
  object: "event",
  type: "payment_intent.succeeded",
  data: {
    object: {
      id: "pi_1",
      object: "payment_intent",
      currency: "cny",
      amount: 22400,
      amount_received: 22400,
      amount_capturable: 0,
      metadata: { session_id: "payses_1" },
    },
  },
}

const report = (
  overrides: Partial<StripePaymentReport>
): StripePaymentReport => ({
  event_id: "evt_1",
  event_type: "charge.refunded",
  intent_id: "pi_1",
  session_id: null,
  currency: "cny",
  authorized_minor: null,
  captured_minor: null,
  refunded_minor: null,
  ...overrides,
})

describe("verifyStripeEvent", () => {
  it("accepts an event signed with the endpoint's secret", () => {
    const { payload, header } = signed(succeeded)
    expect(verifyStripeEvent(Buffer.from(payload), header, SECRET).id).toBe(
      "evt_1"
    )
  })

  it.each([
    ["another secret", () => signed(succeeded, "whsec_other")],
    [
      "a timestamp older than the tolerance",
      () => signed(succeeded, SECRET, Math.floor(Date.now() / 1000) - 301),
    ],
    [
      "a body changed after signing",
      () => {
        const { header } = signed(succeeded)
        return {
          header,
          payload: JSON.stringify({ ...succeeded, id: "evt_forged" }),
        }
      },
    ],
  ])("rejects %s, naming the header", (_label, make) => {
    const { payload, header } = make()
    expect(() =>
      verifyStripeEvent(Buffer.from(payload), header, SECRET)
    ).toThrow(/^stripe-signature: /)
  })

  it("names what is missing", () => {
    expect(() =>
      verifyStripeEvent(Buffer.from("{}"), undefined, SECRET)
    ).toThrow("stripe-signature: header is required")
    expect(() => verifyStripeEvent(undefined, "t=1,v1=x", SECRET)).toThrow(
      "body: a Stripe event is required"
    )
  })
})

describe("readStripePaymentReport", () => {
  it("reads the cumulative amount received from payment_intent.succeeded", () => {
    expect(
      readStripePaymentReport(succeeded as unknown as Stripe.Event)
    ).toEqual(
      report({
        event_type: "payment_intent.succeeded",
        session_id: "payses_1",
        captured_minor: 22400,
      })
    )
  })

  it("reads captured and refunded totals from charge.refunded", () => {
    const event = {
      id: "evt_2",
      type: "charge.refunded",
      data: {
        object: {
          id: "ch_1",
          object: "charge",
          payment_intent: "pi_1",
          currency: "cny",
          amount_captured: 22400,
          amount_refunded: 8960,
          metadata: {},
        },
      },
    }
    expect(readStripePaymentReport(event as unknown as Stripe.Event)).toEqual(
      report({ event_id: "evt_2", captured_minor: 22400, refunded_minor: 8960 })
    )
  })

  it("acts on nothing else", () => {
    const created = { ...succeeded, type: "payment_intent.created" }
    expect(
      readStripePaymentReport(created as unknown as Stripe.Event)
    ).toBeNull()
  })
})

describe("paymentCatchUp", () => {
  const recorded = (captured: string, refunded: string) => ({
    currency_code: "cny",
    captured,
    refunded,
  })

  it("asks for what Stripe reports beyond what Medusa holds, in yuan", () => {
    expect(
      paymentCatchUp(
        report({ captured_minor: 22400, refunded_minor: 8960 }),
        recorded("0", "0")
      )
    ).toEqual({ capture: 224, refund: 89.6 })
    expect(
      paymentCatchUp(
        report({ captured_minor: 22400, refunded_minor: 8960 }),
        recorded("224", "50")
      )
    ).toEqual({ capture: 0, refund: 39.6 })
  })

  it("asks for nothing when the report is older than the record", () => {
    expect(
      paymentCatchUp(
        report({ captured_minor: 22400, refunded_minor: 1000 }),
        recorded("224", "89.6")
      )
    ).toEqual({ capture: 0, refund: 0 })
  })

  it("refuses a report in another currency", () => {
    expect(() =>
      paymentCatchUp(
        report({ currency: "usd", captured_minor: 1 }),
        recorded("0", "0")
      )
    ).toThrow("currency: Stripe reports usd, the payment is in cny")
  })
})
