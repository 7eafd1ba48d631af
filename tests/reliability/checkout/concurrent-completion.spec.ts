import pLimit from "p-limit"
import { captureOrderPayment } from "../../helpers/checkout"
import { eventually } from "../../helpers/eventually"
import { describeHttp } from "../../helpers/medusa-app"
import {
  CARTS,
  prepareTracedCarts,
  setUpTracedProduct,
  sqlOn,
  type TracedProduct,
  UNITS_PER_CART,
} from "../traced-checkout"

jest.setTimeout(30 * 60 * 1000)

const CALLS_PER_CART = 5
// Carts completed at once: CARTS_AT_ONCE × CALLS_PER_CART requests in flight.
const CARTS_AT_ONCE = 10

type Completion = { status: number; type?: string; orderId?: string }

// Shoppers double-click "place order" and retry on time-outs: every cart is
// completed by five simultaneous calls. Exactly one order per cart must come
// out, every other call must get that same order or a 409, the traced stock
// must be allocated once per order, and after capture the ledger must
// reconcile to the fen.
describeHttp("concurrent cart completion", ({ request, getContainer }) => {
  let traced: TracedProduct
  const sql = sqlOn(getContainer)

  beforeAll(async () => {
    traced = await setUpTracedProduct(request, getContainer(), "reliability")
  })

  it(`turns ${CARTS} carts × ${CALLS_PER_CART} simultaneous completions into exactly ${CARTS} orders, with a balanced ledger`, async () => {
    const started = Date.now()
    const carts = await prepareTracedCarts(request, traced, "reliability")
    process.stdout.write(
      `reliability: ${CARTS} carts prepared in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
    )

    const completing = Date.now()
    const complete = pLimit(CARTS_AT_ONCE)
    const outcomes = await Promise.all(
      carts.map((cart) =>
        complete(() =>
          Promise.all(
            Array.from(
              { length: CALLS_PER_CART },
              async (): Promise<Completion> => {
                const response = await request()
                  .post(`/store/carts/${cart.cartId}/complete`)
                  .set(cart.headers)
                  .send({})
                return {
                  status: response.status,
                  type: response.body?.type,
                  orderId: response.body?.order?.id,
                }
              }
            )
          )
        )
      )
    )
    process.stdout.write(
      `reliability: ${CARTS * CALLS_PER_CART} completion calls in ${((Date.now() - completing) / 1000).toFixed(1)} s\n`
    )

    // Per cart: the calls that succeeded name one and the same order; the
    // others were told 409 (another completion holds the cart).
    const orderIds: string[] = []
    const statuses: Record<number, number> = {}
    outcomes.forEach((calls, index) => {
      for (const call of calls)
        statuses[call.status] = (statuses[call.status] ?? 0) + 1
      const won = calls.filter((c) => c.status === 200 && c.type === "order")
      const others = calls.filter((c) => !won.includes(c))
      expect({ cart: index, won: won.length > 0 }).toEqual({
        cart: index,
        won: true,
      })
      expect(new Set(won.map((c) => c.orderId)).size).toBe(1)
      expect(others.map((c) => c.status).filter((s) => s !== 409)).toEqual([])
      orderIds.push(won[0].orderId!)
    })
    process.stdout.write(`reliability: statuses ${JSON.stringify(statuses)}\n`)
    expect(new Set(orderIds).size).toBe(CARTS)
    const [{ orders }] = await sql<{ orders: number }>(
      `select count(*)::int as orders from "order" where deleted_at is null`
    )
    expect(orders).toBe(CARTS)
    // The traced stock is allocated once per order, never twice.
    const [{ allocated }] = await sql<{ allocated: number }>(
      "select allocated_quantity::int as allocated from batch where id = ?",
      [traced.batchId]
    )
    expect(allocated).toBe(CARTS * UNITS_PER_CART)

    // Capture every order; the ledger, written by the payment.captured
    // subscriber, must then reconcile with what was captured.
    const capture = pLimit(5)
    await Promise.all(
      orderIds.map((orderId) =>
        capture(() => captureOrderPayment(request, traced.admin, orderId))
      )
    )
    await eventually(
      async () => {
        const [{ booked }] = await sql<{ booked: number }>(
          "select count(distinct order_id)::int as booked from attribution_entry"
        )
        expect(booked).toBe(CARTS)
      },
      { timeoutMs: 120_000 }
    )
    const reconciliation = await request()
      .post("/admin/attribution/reconciliation")
      .set(traced.admin.headers)
      .send({})
    expect(reconciliation.status).toBe(201)
    expect(reconciliation.body.run.orders_checked).toBe(CARTS)
    expect(reconciliation.body.differences).toEqual([])
  })
})
