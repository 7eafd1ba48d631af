import pLimit from "p-limit"
import { describeHttp } from "../../helpers/medusa-app"
import {
  builtBackend,
  describeWithRedis,
  flushRedis,
  MedusaCluster,
  requestTo,
  seconds,
  suiteRedisUrl,
  testDatabaseUrl,
} from "../../helpers/processes"
import {
  captureAndReconcile,
  CARTS,
  ordersByCart,
  placedOrders,
  prepareTracedCarts,
  report,
  setUpTracedProduct,
  sqlOn,
  type TracedProduct,
  unfinishedPlacements,
  UNITS_PER_CART,
} from "../traced-checkout"

jest.setTimeout(60 * 60 * 1000)

const CALLS_PER_CART = 5
// Carts completed at once: CARTS_AT_ONCE × CALLS_PER_CART requests in flight.
const CARTS_AT_ONCE = 10
const REDIS_URL = suiteRedisUrl(15)

type Completion = {
  server: string
  status: number
  type?: string
  orderId?: string
  message?: string
}

// Why the children run on the in-process runner's database: see
// kill-restart.spec.ts (one throw-away database per file, set up by the
// in-process app, children started after the runner's snapshot and stopped
// before it drops the database).
//
// Two server processes behind one storefront, one worker, one PostgreSQL
// and one Redis (events, workflows, locks, cache): each cart is prepared
// with its calls alternating between the servers, then completed by five
// simultaneous calls, three to one server and two to the other. The cart
// lock lives in Redis, so the guarantees of the single-process suite must
// hold across processes: every call returns the cart's one order or a 409,
// exactly one order per cart, the traced stock allocated once per order,
// and a ledger that reconciles after capture.
describeWithRedis(REDIS_URL, "two servers and a worker", () =>
  describeHttp("two servers", ({ request, getContainer }) => {
    let product: TracedProduct
    let backend: { dir: string; medusaBin: string }
    let cluster: MedusaCluster | undefined
    const sql = sqlOn(getContainer)

    beforeAll(async () => {
      backend = await builtBackend()
      product = await setUpTracedProduct(request, getContainer(), "two-servers")
    })

    afterAll(async () => {
      await cluster?.stopAll()
    })

    it(`turns ${CARTS} carts × ${CALLS_PER_CART} simultaneous completions over two servers into exactly ${CARTS} orders`, async () => {
      await flushRedis(REDIS_URL)
      cluster = new MedusaCluster(backend, {
        databaseUrl: await testDatabaseUrl(getContainer()),
        redisUrl: REDIS_URL,
      })
      const booting = Date.now()
      const [a, b] = await Promise.all([
        cluster.start("server-a", "server"),
        cluster.start("server-b", "server"),
        cluster.start("worker", "worker"),
      ])
      report(
        `two servers and a worker ready in ${seconds(Date.now() - booting)}`
      )
      const servers = [
        { name: "A", request: requestTo(a.url), url: a.url },
        { name: "B", request: requestTo(b.url), url: b.url },
      ]
      // Each call of a cart's preparation goes to the other server than the
      // call before it, as a load balancer without affinity would send them.
      let calls = 0
      const alternating = () => servers[calls++ % 2].request()

      const preparing = Date.now()
      const carts = await prepareTracedCarts(
        alternating,
        product,
        "two-servers"
      )
      report(
        `${CARTS} carts prepared in ${seconds(Date.now() - preparing)} (${calls} calls, half on each server)`
      )

      const completing = Date.now()
      const complete = pLimit(CARTS_AT_ONCE)
      const outcomes = await Promise.all(
        carts.map((cart, index) =>
          complete(() =>
            Promise.all(
              Array.from({ length: CALLS_PER_CART }, async (_, call) => {
                // Three calls to one server, two to the other, alternating
                // which gets three.
                const server = servers[(call + index) % 2]
                const response = await server
                  .request()
                  .post(`/store/carts/${cart.cartId}/complete`)
                  .set(cart.headers)
                  .send({})
                const completion: Completion = {
                  server: server.name,
                  status: response.status,
                  type: response.body?.type,
                  orderId: response.body?.order?.id,
                  message: response.body?.message,
                }
                return completion
              })
            )
          )
        )
      )
      const statuses: Record<string, number> = {}
      for (const calls of outcomes)
        for (const call of calls) {
          const key = `${call.server} ${call.status}`
          statuses[key] = (statuses[key] ?? 0) + 1
        }
      report(
        `${CARTS * CALLS_PER_CART} completion calls in ${seconds(Date.now() - completing)}; by server and status ${JSON.stringify(statuses)}`
      )

      // Per cart: the calls that succeeded name one and the same order; the
      // others were told 409 (another completion holds the cart).
      const orderIds: string[] = []
      outcomes.forEach((calls, index) => {
        const won = calls.filter((c) => c.status === 200 && c.type === "order")
        const others = calls.filter((c) => !won.includes(c))
        expect({ cart: index, won: won.length > 0 }).toEqual({
          cart: index,
          won: true,
        })
        expect(new Set(won.map((c) => c.orderId)).size).toBe(1)
        expect(others.filter((c) => c.status !== 409)).toEqual([])
        orderIds.push(won[0].orderId!)
      })
      expect(new Set(orderIds).size).toBe(CARTS)

      // The database agrees: one order per cart, none without a cart, and
      // each the order the calls returned.
      const placed = await placedOrders(sql, product.batchId)
      const { byCart, withoutCart } = ordersByCart(placed.orders)
      report(
        `database: ${placed.orders.length} orders, ${withoutCart.length} without a cart; ` +
          `batch allocated ${placed.allocated}, allocation records ${placed.recorded} (expected ${CARTS * UNITS_PER_CART})`
      )
      expect(withoutCart).toEqual([])
      expect(placed.orders.length).toBe(CARTS)
      carts.forEach((cart, index) => {
        expect({ cart: cart.cartId, orders: byCart.get(cart.cartId) }).toEqual({
          cart: cart.cartId,
          orders: [orderIds[index]],
        })
      })
      // The traced stock is allocated once per order, never twice.
      expect(placed.allocated).toBe(CARTS * UNITS_PER_CART)
      expect(placed.recorded).toBe(CARTS * UNITS_PER_CART)

      // Each placement finished: payment authorized, stock reserved and
      // allocated, order visible to its cooperative.
      const unfinished = await unfinishedPlacements(sql)
      for (const p of unfinished) report(`  unfinished: ${JSON.stringify(p)}`)
      expect(unfinished).toEqual([])

      // Captures alternate between the servers; the worker books them.
      const reconciliation = await captureAndReconcile(
        (i) => servers[i % 2].request,
        product.admin,
        orderIds,
        sql
      )
      report(
        `capture ${seconds(reconciliation.timings.capture_ms)}, ledger complete ${seconds(reconciliation.timings.ledger_ms)} later, ` +
          `reconciliation of ${reconciliation.orders_checked} orders: ${reconciliation.differences?.length} differences`
      )
      expect(reconciliation.status).toBe(201)
      expect(reconciliation.orders_checked).toBe(CARTS)
      expect(reconciliation.differences).toEqual([])
    })
  })
)
