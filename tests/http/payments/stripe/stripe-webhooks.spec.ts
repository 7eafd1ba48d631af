import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { operator, type Actor } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import {
  adminOrder,
  checkout,
  prepareStorefront,
  type Storefront,
} from "../../../helpers/checkout"
import { eventually } from "../../../helpers/eventually"
import { ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import { addBatch, addHousehold } from "../../../helpers/provenance"
import { services } from "../../../helpers/services"
import {
  authorizeWithStripe,
  paymentWithStripe,
  chargeRefundedEvent,
  deliver,
  intentEvent,
  offlineStripeEnv,
  stripeEvent,
} from "../../../helpers/stripe"
import {
  type CooperativeTenant,
  createCounties,
  registerApprovedCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(240 * 1000)

// This app registers Stripe with keys that never reach Stripe: events are
// signed here with the SDK's own test-header helper and delivered to the
// real endpoint, which records captures and refunds through Medusa's
// payment workflows and the attribution ledger on a real PostgreSQL.
const STRIPE = offlineStripeEnv()
const RATE_LIMIT = 150
const previousEnv = { ...process.env }
Object.assign(process.env, STRIPE, {
  STRIPE_WEBHOOK_RATE_LIMIT: String(RATE_LIMIT),
})
console.warn(
  "stripe webhooks: exercised signature handling, idempotency, capture/refund recording and attribution offline, with events signed locally; " +
    "Stripe's API itself was never called (PaymentIntent create/retrieve/capture/cancel and refunds.create are Medusa's provider code, untested here)"
)
afterAll(() => {
  for (const key of [...Object.keys(STRIPE), "STRIPE_WEBHOOK_RATE_LIMIT"]) {
    if (previousEnv[key] === undefined) delete process.env[key]
    else process.env[key] = previousEnv[key]
  }
})

type Entry = { household_id: string | null; kind: string; amount: number }

describeHttp("Stripe webhooks", ({ request, getContainer }) => {
  let storefront: Storefront
  let admin: Actor
  let coop: CooperativeTenant
  let variantId: string
  const households: string[] = []
  const secret = STRIPE.STRIPE_WEBHOOK_SECRET
  const store = () => ({
    "x-publishable-api-key": storefront.publishableKey,
  })

  // Three households supply 40, 35 and 15 kg of a 100 kg batch; a
  // non-registered supplier the other 10 kg (the cooperative's share).
  beforeAll(async () => {
    storefront = await prepareStorefront(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE])
    ;({ coop } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@stripe.coop",
        name: "昭觉县苦荞合作社",
        handle: "zhaojue-stripe",
        county_code: ZHAOJUE.code,
        serial: "MA6BQ0002",
      },
      {
        email: "reviewer@liangshan.gov",
        name: "凉山州商务局",
        jurisdiction_code: "5134",
      }
    ))
    for (let i = 0; i < 3; i++) {
      households.push(await addHousehold(request, coop, ZHAOJUE.code, i))
    }
    const tea = await createProduct(request, coop, buckwheatTea())
    variantId = tea.variants.find((v) => v.title === "1kg")!.id
    await addBatch(request, coop, variantId, 100, [
      { household_id: households[0], quantity: 40 },
      { household_id: households[1], quantity: 35 },
      { household_id: households[2], quantity: 15 },
      { supplier_name: "村集体", quantity: 10 },
    ])
  })

  // An order for 3 kg of tea (204 yuan of goods) paid through Stripe.
  async function stripeOrder() {
    const { order } = await checkout(request, {
      publishableKey: storefront.publishableKey,
      items: [{ variant_id: variantId, quantity: 3 }],
    })
    const { intent, payment_id } = await authorizeWithStripe(
      getContainer(),
      order.id
    )
    // The order.placed subscriber attributes whatever is captured by then;
    // tests that capture behind Medusa's back wait for it to finish first.
    await eventually(async () => {
      const [placement] = await getContainer()
        .resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)("placement")
        .where({ order_id: order.id })
        .whereNotNull("handled_at")
      expect(placement).toBeDefined()
    })
    return { order_id: order.id, intent, payment_id }
  }

  // A cart for 1 kg of tea with its payment collection, short of a session.
  async function paymentCollectionForOneKilo(): Promise<string> {
    const { body: created } = await request()
      .post("/store/carts")
      .set(store())
      .send({ region_id: storefront.regionId })
      .expect(200)
    await request()
      .post(`/store/carts/${created.cart.id}/line-items`)
      .set(store())
      .send({ variant_id: variantId, quantity: 1 })
      .expect(200)
    const { body } = await request()
      .post("/store/payment-collections")
      .set(store())
      .send({ cart_id: created.cart.id })
      .expect(200)
    return body.payment_collection.id as string
  }

  async function ledger(orderId: string): Promise<Entry[]> {
    return (await services(getContainer())
      .attribution()
      .listAttributionEntries({ order_id: orderId }, { take: null })) as Entry[]
  }

  // The final state a buyer, the operator and the bureau would see, with
  // this order's own ids left out so two orders can be compared.
  async function finalState(orderId: string) {
    const order = await adminOrder(request, admin, orderId)
    const payment = order.payment_collections![0].payments![0]
    const byHousehold: Record<string, number> = {}
    for (const entry of await ledger(orderId)) {
      const key = `${entry.household_id ?? "cooperative"}:${entry.kind}`
      byHousehold[key] = (byHousehold[key] ?? 0) + entry.amount
    }
    const sum = (rows: { amount: unknown }[] | undefined) =>
      (rows ?? []).reduce((s, row) => s + Number(row.amount), 0)
    return {
      payment_status: order.payment_status,
      provider: payment.provider_id,
      captured: sum(payment.captures),
      refunded: sum(payment.refunds),
      // One capture however often Stripe reports it. Refund rows are not
      // compared: Stripe's refunds may reach Medusa one by one or summed.
      captures: payment.captures?.length,
      ledger: byHousehold,
    }
  }

  const net = (entries: Entry[]) =>
    entries.reduce((s, e) => s + (e.kind === "sale" ? e.amount : -e.amount), 0)

  it("captures and attributes a valid payment_intent.succeeded exactly once, however often and concurrently it arrives", async () => {
    const { order_id, intent, payment_id } = await stripeOrder()
    const succeeded = intentEvent(
      "payment_intent.succeeded",
      intent,
      intent.amount
    )

    // Stripe delivers at least once: five copies at the same moment record
    // one capture between them.
    const first = await Promise.all(
      Array.from({ length: 5 }, () => deliver(request, succeeded, { secret }))
    )
    for (const response of first) {
      expect(response.status).toBe(200)
      expect(response.body).toMatchObject({
        received: true,
        applied: true,
        payment_id,
        order_id,
      })
    }
    expect(
      first.map((response) => response.body.recorded.captured).sort()
    ).toEqual([0, 0, 0, 0, intent.amount / 100])
    // The ledger splits the goods (the intent also holds the shipping):
    // 204 yuan over 100 kg → 8160, 7140, 3060 fen and the supplier's
    // 2040 fen with the cooperative.
    const entries = await ledger(order_id)
    expect(net(entries)).toBe(20400)
    expect(
      Object.fromEntries(
        entries
          .filter((e) => e.household_id)
          .map((e) => [e.household_id, e.amount])
      )
    ).toEqual({
      [households[0]]: 8160,
      [households[1]]: 7140,
      [households[2]]: 3060,
    })

    // A retry much later records nothing more.
    const retry = await deliver(request, succeeded, { secret })
    expect(retry.status).toBe(200)
    expect(retry.body.recorded).toEqual({ captured: 0, refunded: 0 })
    expect(await finalState(order_id)).toMatchObject({
      payment_status: "captured",
      provider: "pp_stripe_stripe",
      captured: intent.amount / 100,
      captures: 1,
      refunded: 0,
    })
    expect(await ledger(order_id)).toHaveLength(entries.length)
  })

  it("restores an order transaction that a failed delivery lost, on the next delivery", async () => {
    const { order_id, intent } = await stripeOrder()
    const succeeded = intentEvent(
      "payment_intent.succeeded",
      intent,
      intent.amount
    )
    await deliver(request, succeeded, { secret }).expect(200)
    const pg = getContainer().resolve<Knex>(
      ContainerRegistrationKeys.PG_CONNECTION
    )
    const transactions = () =>
      pg("order_transaction")
        .where({ order_id, reference: "capture" })
        .whereNull("deleted_at")
        .select("reference_id", "amount")
    const [before] = await transactions()
    expect(Number(before.amount)).toBe(intent.amount / 100)
    // What a delivery leaves when it fails after the capture row was
    // written: Medusa's compensation removes the order transaction.
    await pg("order_transaction").where({ order_id }).delete()

    await deliver(request, succeeded, { secret }).expect(200)
    const after = await transactions()
    expect(after).toHaveLength(1)
    expect(after[0].reference_id).toBe(before.reference_id)
    expect(Number(after[0].amount)).toBe(intent.amount / 100)
  })

  it("attributes a payment Stripe captured at authorization (automatic capture, Alipay, WeChat Pay) when its payment_intent.succeeded arrives", async () => {
    const { order_id, intent, payment_id } = await stripeOrder()
    // What Medusa's authorizePaymentSession does when the provider reports
    // the intent already succeeded: a capture recorded without calling
    // Stripe and without a payment.captured event.
    await getContainer()
      .resolve(Modules.PAYMENT)
      .capturePayment({
        payment_id,
        amount: intent.amount / 100,
        is_captured: true,
      })
    expect(await ledger(order_id)).toEqual([])

    const succeeded = intentEvent(
      "payment_intent.succeeded",
      intent,
      intent.amount
    )
    for (let i = 0; i < 2; i++) {
      const response = await deliver(request, succeeded, { secret })
      expect(response.status).toBe(200)
      expect(response.body.recorded).toEqual({ captured: 0, refunded: 0 })
    }
    expect(net(await ledger(order_id))).toBe(20400)
    expect(await finalState(order_id)).toMatchObject({
      payment_status: "captured",
      captures: 1,
    })
  })

  it("rejects a bad signature, a stale timestamp, a tampered body and a missing header with a 400, changing nothing", async () => {
    const { order_id, intent } = await stripeOrder()
    const succeeded = intentEvent(
      "payment_intent.succeeded",
      intent,
      intent.amount
    )
    const payload = JSON.stringify(succeeded)
    const stale = Math.floor(Date.now() / 1000) - 6 * 60
    const attempts = [
      deliver(request, succeeded, { secret: "whsec_not_the_endpoint_secret" }),
      deliver(request, succeeded, { secret, timestamp: stale }),
      // Signed over one body, delivered with another (a doubled amount).
      deliver(
        request,
        payload.replace(
          `"amount_received":${intent.amount}`,
          `"amount_received":${intent.amount * 2}`
        ),
        {
          secret,
          header: (
            await import("stripe")
          ).default.webhooks.generateTestHeaderString({ payload, secret }),
        }
      ),
    ]
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(400)
      expect(response.body.type).toBe("invalid_data")
      expect(response.body.message).toMatch(/^stripe-signature: /)
    }
    const unsigned = await request()
      .post("/hooks/payment/stripe_stripe")
      .set("content-type", "application/json")
      .send(payload)
    expect(unsigned.status).toBe(400)
    expect(unsigned.body.message).toBe("stripe-signature: header is required")

    const state = await finalState(order_id)
    expect(state).toMatchObject({
      payment_status: "authorized",
      captured: 0,
      captures: 0,
    })
    expect(await ledger(order_id)).toEqual([])
  })

  it("reverses attribution in proportion when Stripe reports a refund made in its Dashboard", async () => {
    const { order_id, intent } = await stripeOrder()
    await deliver(
      request,
      intentEvent("payment_intent.succeeded", intent, intent.amount),
      { secret }
    ).expect(200)
    const sales = await ledger(order_id)

    // 40 % of the payment (goods and shipping) refunded in Stripe, seen
    // only through charge.refunded, which carries no Medusa session id.
    const refund = intent.amount * 0.4
    const refunded = await deliver(
      request,
      chargeRefundedEvent(intent, refund),
      { secret }
    )
    expect(refunded.status).toBe(200)
    expect(refunded.body.recorded).toEqual({
      captured: 0,
      refunded: refund / 100,
    })

    const order = await adminOrder(request, admin, order_id)
    const [recordedRefund] = order.payment_collections![0].payments![0].refunds!
    expect(Number(recordedRefund.amount)).toBe(refund / 100)
    expect(recordedRefund.note).toMatch(
      /^Refunded in Stripe \(charge\.refunded evt_/
    )
    expect(order.payment_status).toBe("partially_refunded")

    const entries = await ledger(order_id)
    // A refund reverses goods and shipping alike: 40 % of each sale.
    expect(net(entries)).toBe(20400 * 0.6)
    for (const household of households) {
      const sale = sales.find((e) => e.household_id === household)!.amount
      const reversal = entries.find(
        (e) => e.household_id === household && e.kind === "refund"
      )!.amount
      // Largest-remainder split: within one fen of 40 % of each sale.
      expect(Math.abs(reversal - sale * 0.4)).toBeLessThanOrEqual(1)
    }

    // The rest refunded later: everything reversed, to the fen.
    await deliver(request, chargeRefundedEvent(intent, intent.amount), {
      secret,
    }).expect(200)
    expect(net(await ledger(order_id))).toBe(0)
    expect((await finalState(order_id)).payment_status).toBe("refunded")
  })

  it("ends in the same state when every event arrives three times, shuffled, as when each arrives once in order", async () => {
    const events = (
      intent: Awaited<ReturnType<typeof stripeOrder>>["intent"]
    ) => [
      intentEvent("payment_intent.created", intent),
      intentEvent("payment_intent.amount_capturable_updated", intent),
      intentEvent("payment_intent.succeeded", intent, intent.amount),
      chargeRefundedEvent(intent, 5000),
      chargeRefundedEvent(intent, 9000),
    ]
    const inOrder = await stripeOrder()
    for (const event of events(inOrder.intent)) {
      await deliver(request, event, { secret }).expect(200)
    }

    const shuffled = await stripeOrder()
    const deliveries = events(shuffled.intent).flatMap((e) => [e, e, e])
    const seed = Date.now() % 100000
    const order = seededShuffle(deliveries, seed)
    for (const event of order) {
      const response = await deliver(request, event, { secret })
      if (response.status !== 200) {
        throw new Error(
          `shuffle seed ${seed}: ${event.type} → ${response.status} ${JSON.stringify(response.body)}`
        )
      }
    }

    const expected = await finalState(inOrder.order_id)
    expect(expected).toMatchObject({
      captured: inOrder.intent.amount / 100,
      refunded: 90,
      payment_status: "partially_refunded",
    })
    expect(await finalState(shuffled.order_id)).toEqual(expected)
  })

  it("acknowledges events it does not act on, and intents it does not know, without changing anything", async () => {
    const { order_id, intent } = await stripeOrder()
    const ignored = await deliver(
      request,
      stripeEvent("customer.created", { id: "cus_1", object: "customer" }),
      { secret }
    )
    expect(ignored.status).toBe(200)
    expect(ignored.body).toMatchObject({ received: true, applied: false })

    const stranger = { ...intent, id: "pi_not_ours", metadata: {} }
    const unknown = await deliver(
      request,
      intentEvent(
        "payment_intent.succeeded",
        stranger as typeof intent,
        intent.amount
      ),
      { secret }
    )
    expect(unknown.status).toBe(200)
    expect(unknown.body).toMatchObject({ applied: true, payment_id: null })
    expect((await finalState(order_id)).captured).toBe(0)
  })

  it("records a Dashboard refund on a payment whose cart never became an order", async () => {
    const collectionId = await paymentCollectionForOneKilo()
    const { body: started } = await request()
      .post(`/store/payment-collections/${collectionId}/payment-sessions`)
      .set(store())
      .send({ provider_id: "pp_system_default" })
      .expect(200)
    const payments = getContainer().resolve(Modules.PAYMENT)
    const authorized = await payments.authorizePaymentSession(
      started.payment_collection.payment_sessions[0].id,
      {}
    )
    const { intent, payment_id } = await paymentWithStripe(
      getContainer(),
      authorized!.id
    )

    const refund = Math.round(intent.amount * 0.3)
    const response = await deliver(
      request,
      chargeRefundedEvent(intent, refund),
      { secret }
    )
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      payment_id,
      order_id: null,
      recorded: { captured: intent.amount / 100, refunded: refund / 100 },
    })
    const [payment] = await payments.listPayments(
      { id: payment_id },
      { relations: ["captures", "refunds"] }
    )
    expect(payment.captures?.map((c) => Number(c.amount))).toEqual([
      intent.amount / 100,
    ])
    expect(payment.refunds?.map((r) => Number(r.amount))).toEqual([
      refund / 100,
    ])
  })

  it("offers Stripe next to the manual provider in the store's region", async () => {
    const response = await request()
      .get(`/store/payment-providers?region_id=${storefront.regionId}`)
      .set("x-publishable-api-key", storefront.publishableKey)
    expect(response.status).toBe(200)
    expect(
      response.body.payment_providers.map((p: { id: string }) => p.id).sort()
    ).toEqual(["pp_stripe_stripe", "pp_system_default"])
  })

  it("says plainly when Stripe cannot start a payment, and leaves no session behind", async () => {
    const collectionId = await paymentCollectionForOneKilo()
    // Here Stripe is unreachable (or, where it is reachable, refuses the
    // never-valid key): either way the shopper gets a sentence, not
    // Medusa's "An unknown error occurred.".
    const response = await request()
      .post(`/store/payment-collections/${collectionId}/payment-sessions`)
      .set(store())
      .send({ provider_id: "pp_stripe_stripe" })
    expect(response.status).toBe(500)
    expect(response.body.type).toBe("unexpected_state")
    expect(response.body.message).toMatch(
      /^Stripe (cannot be reached right now|could not start this payment)/
    )
    const { data: sessions } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "payment_session",
        fields: ["id"],
        filters: {
          payment_collection_id: collectionId,
        },
      })
    expect(sessions).toEqual([])
  })

  // Last: it spends this address's allowance for the rest of the minute.
  it("rate-limits deliveries from one address", async () => {
    const statuses: number[] = []
    for (let i = 0; i < RATE_LIMIT + 10; i++) {
      const response = await deliver(request, "{}", {
        secret,
        header: "t=1,v1=forged",
      })
      statuses.push(response.status)
      if (response.status === 429) {
        expect(response.body.type).toBe("too_many_requests")
        break
      }
    }
    expect(statuses).toContain(429)
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([400]))
  })
})

// Fisher–Yates with a small deterministic generator, so a failing order
// can be replayed from the seed printed in the failure.
function seededShuffle<T>(items: T[], seed: number): T[] {
  const result = [...items]
  let state = seed || 1
  const next = () => {
    state = (state * 48271) % 2147483647
    return state / 2147483647
  }
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[result[i], result[j]] = [result[j], result[i]]
  }
  return result
}
