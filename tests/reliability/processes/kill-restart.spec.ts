import pLimit from "p-limit"
import { describeHttp } from "../../helpers/medusa-app"
import {
  builtBackend,
  describeWithRedis,
  flushRedis,
  MedusaCluster,
  type MedusaProcess,
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
  type Placement,
  placements,
  prepareTracedCarts,
  report,
  setUpTracedProduct,
  sqlOn,
  stagedEvents,
  type TracedProduct,
  unfinishedPlacements,
  UNITS_PER_CART,
} from "../traced-checkout"

jest.setTimeout(60 * 60 * 1000)

// Carts whose checkout is under way at once (each a shopper who retries).
const CARTS_AT_ONCE = 10
// The kill comes when this many carts have sent their first completion:
// a third of them, and never within the first wave, whose requests would
// all still be at their first step.
const KILL_AFTER = Math.min(
  CARTS,
  Math.max(Math.round(CARTS / 3), CARTS_AT_ONCE + 1)
)
// How long a shopper keeps retrying one cart: past the two minutes for which
// a killed process's cart lock (Medusa's ttl) still holds in Redis.
const RETRY_FOR_MS = 6 * 60 * 1000
const ATTEMPT_TIMEOUT_MS = 120 * 1000
const REDIS_URL = suiteRedisUrl(14)

type Attempt = {
  startedAt: number
  endedAt?: number
  // "200 order", "500", "409", or the network error ("ECONNRESET", …).
  outcome?: string
  message?: string
}

type CartRun = {
  cartId: string
  attempts: Attempt[]
  orderId?: string
  failure?: string
}

type Crash = {
  at: number
  inFlight: number
  restartedAt: number
  serverReadyMs: number
  workerReadyMs: number
}

// Why the child processes run on the in-process runner's database: the
// runner already creates, migrates and finally drops a throw-away database
// per file, and its app sets the store up with the same helpers as every
// other suite. The children are started inside the one test, after the
// runner's snapshot (which needs the database to itself), and are gone
// before the runner drops it (this describe's afterAll runs first).
//
// A real storefront retries a completion that failed for want of an answer.
// Here one server and one worker (Redis for events, workflows and locks) are
// killed with SIGKILL while a third of the carts have been sent and others
// are in flight, then restarted; every cart's shopper retries until the cart
// returns its order. Nothing may be lost or doubled: one order per cart, the
// traced stock allocated once per order, every placement finished (payment
// authorized, stock reserved, order visible to its cooperative), and after
// capture a ledger that reconciles. The run prints what the kill cut and
// what each cut cart's order was left with.
describeWithRedis(REDIS_URL, "kill -9 of server and worker mid-checkout", () =>
  describeHttp("kill and restart", ({ request, getContainer }) => {
    let product: TracedProduct
    let backend: { dir: string; medusaBin: string }
    let cluster: MedusaCluster | undefined
    const sql = sqlOn(getContainer)

    beforeAll(async () => {
      backend = await builtBackend()
      product = await setUpTracedProduct(
        request,
        getContainer(),
        "kill-restart"
      )
    })

    afterAll(async () => {
      await cluster?.stopAll()
    })

    it(`places exactly one order for each of ${CARTS} carts when server and worker are killed after ${KILL_AFTER}`, async () => {
      await flushRedis(REDIS_URL)
      cluster = new MedusaCluster(backend, {
        databaseUrl: await testDatabaseUrl(getContainer()),
        redisUrl: REDIS_URL,
      })
      const booting = Date.now()
      let [server, worker] = await Promise.all([
        cluster.start("server", "server"),
        cluster.start("worker", "worker"),
      ])
      report(`server and worker ready in ${seconds(Date.now() - booting)}`)
      const store = requestTo(server.url)

      const preparing = Date.now()
      const carts = await prepareTracedCarts(store, product, "kill-restart")
      report(`${CARTS} carts prepared in ${seconds(Date.now() - preparing)}`)

      const inFlight = new Set<Attempt>()
      let firstSends = 0
      let crash: Promise<Crash> | undefined
      const killAndRestart = async (): Promise<Crash> => {
        const at = Date.now()
        const cut = inFlight.size
        const [oldServer, oldWorker]: MedusaProcess[] = [server, worker]
        await Promise.all([
          cluster!.kill9(oldServer),
          cluster!.kill9(oldWorker),
        ])
        report(
          `kill -9 of server and worker after ${firstSends} first completions sent, ${cut} requests in flight`
        )
        const restartedAt = Date.now()
        const timed = async (start: Promise<MedusaProcess>) => {
          const process_ = await start
          return { process_, ms: Date.now() - restartedAt }
        }
        const [restartedServer, restartedWorker] = await Promise.all([
          timed(cluster!.start("server-2", "server", oldServer.port)),
          timed(cluster!.start("worker-2", "worker", oldWorker.port)),
        ])
        server = restartedServer.process_
        worker = restartedWorker.process_
        report(
          `restarted: server answers after ${seconds(restartedServer.ms)}, worker after ${seconds(restartedWorker.ms)}`
        )
        return {
          at,
          inFlight: cut,
          restartedAt,
          serverReadyMs: restartedServer.ms,
          workerReadyMs: restartedWorker.ms,
        }
      }

      // One shopper: completes the cart, retrying on no answer, 5xx or 409
      // with a growing pause, until the cart returns its order.
      const checkOut = async (cart: (typeof carts)[number]) => {
        const run: CartRun = { cartId: cart.cartId, attempts: [] }
        const giveUpAt = Date.now() + RETRY_FOR_MS
        for (let pause = 500; ; pause = Math.min(pause * 2, 5000)) {
          const attempt: Attempt = { startedAt: Date.now() }
          run.attempts.push(attempt)
          inFlight.add(attempt)
          if (run.attempts.length === 1 && ++firstSends === KILL_AFTER) {
            crash = killAndRestart()
          }
          let retry = true
          try {
            const response = await fetch(
              `${server.url}/store/carts/${cart.cartId}/complete`,
              {
                method: "POST",
                headers: {
                  ...cart.headers,
                  "content-type": "application/json",
                },
                body: "{}",
                signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
              }
            )
            const body = await response.json().catch(() => ({}))
            attempt.outcome = `${response.status}${body.type ? ` ${body.type}` : ""}`
            if (response.status === 200 && body.type === "order") {
              run.orderId = body.order.id
              return run
            }
            attempt.message = body.message ?? body.error?.message
            retry = response.status >= 500 || response.status === 409
          } catch (error) {
            attempt.outcome = networkError(error)
          } finally {
            attempt.endedAt = Date.now()
            inFlight.delete(attempt)
          }
          if (!retry || Date.now() > giveUpAt) {
            run.failure = `${attempt.outcome}: ${attempt.message ?? ""}`
            return run
          }
          await new Promise((resolve) => setTimeout(resolve, pause))
        }
      }

      const completing = Date.now()
      const shoppers = pLimit(CARTS_AT_ONCE)
      const runs = await Promise.all(
        carts.map((cart) => shoppers(() => checkOut(cart)))
      )
      const completedIn = Date.now() - completing
      expect(crash).toBeDefined()
      const crashed = await crash!

      // What the shoppers saw.
      const outcomes: Record<string, number> = {}
      for (const run of runs)
        for (const attempt of run.attempts)
          outcomes[attempt.outcome!] = (outcomes[attempt.outcome!] ?? 0) + 1
      // Cut: the request reached a process that died before answering
      // (refused connections came while nothing listened).
      const wasCut = (a: Attempt) =>
        !/^\d/.test(a.outcome!) && a.outcome !== "ECONNREFUSED"
      const cutRuns = runs.filter((run) => run.attempts.some(wasCut))
      const retried = runs.filter((run) => run.attempts.length > 1)
      const lastOrderAt = Math.max(
        ...runs.map((run) => run.attempts.at(-1)!.endedAt!)
      )
      report(
        `${CARTS} checkouts in ${seconds(completedIn)}; attempts by outcome ${JSON.stringify(outcomes)}`
      )
      report(
        `${crashed.inFlight} requests in flight at the kill, ${cutRuns.length} cut without an answer, ${retried.length} carts retried (${runs.reduce((n, r) => n + r.attempts.length - 1, 0)} retries), ` +
          `last order ${seconds(lastOrderAt - crashed.at)} after the kill (longest cart: ${seconds(Math.max(...runs.map((r) => r.attempts.at(-1)!.endedAt! - r.attempts[0].startedAt)))})`
      )
      // What the database holds, read before any assertion so that the
      // report says what happened even when one fails.
      const placed = await placedOrders(sql, product.batchId)
      const placedAt = new Map(
        placed.orders.map((o) => [o.id, new Date(o.created_at).getTime()])
      )
      // Waits for the worker's order.placed handling first, so that what is
      // still missing stays missing: up to three minutes, because an event
      // that died with the killed process is emitted again by the worker's
      // announce-placed-orders job (every minute, for events not handled a
      // minute after their order was placed).
      const unfinished = await unfinishedPlacements(sql, 180_000)
      const states = new Map(
        (await placements(sql)).map((p) => [p.order_id, p])
      )
      for (const run of cutRuns) {
        const at = run.orderId ? placedAt.get(run.orderId) : undefined
        const when =
          at === undefined
            ? "no order"
            : at < crashed.at
              ? "order placed before the kill"
              : `order placed ${seconds(at - crashed.at)} after the kill`
        const state = run.orderId ? states.get(run.orderId) : undefined
        const left = state
          ? `; payments ${state.live_payments}, session ${state.session_status}, reserved ${state.reserved}, allocated ${state.allocated}, cooperatives ${state.cooperatives}`
          : ""
        report(
          `  cut cart ${run.cartId} (${when}${left}): ${run.attempts.map((a) => a.outcome + (a.message ? ` "${a.message}"` : "")).join(" → ")}`
        )
      }
      for (const run of runs.filter((r) => r.failure)) {
        report(`  cart ${run.cartId} gave up: ${run.failure}`)
      }
      const { byCart, withoutCart } = ordersByCart(placed.orders)
      const doubled = [...byCart].filter(([, ids]) => ids.length > 1)
      report(
        `database: ${placed.orders.length} orders, ${doubled.length} carts with more than one, ${withoutCart.length} without a cart; ` +
          `batch allocated ${placed.allocated}, allocation records ${placed.recorded} (expected ${CARTS * UNITS_PER_CART})`
      )
      // A placement is finished when its order has its payment authorized,
      // its units reserved and allocated, and its cooperative link.
      const count = (missing: (p: Placement) => boolean) =>
        unfinished.filter(missing).length
      report(
        `${unfinished.length} orders with an unfinished placement: ` +
          `${count((p) => p.live_payments !== 1)} without an authorized payment, ` +
          `${count((p) => p.reserved !== UNITS_PER_CART)} without reserved stock, ` +
          `${count((p) => p.allocated !== UNITS_PER_CART)} not allocated to the batch, ` +
          `${count((p) => p.cooperatives !== 1)} invisible to the cooperative`
      )
      const cartOf = new Map(placed.orders.map((o) => [o.id, o.cart_id]))
      for (const p of unfinished) {
        report(
          `  unfinished ${p.order_id} (cart ${cartOf.get(p.order_id) ?? "none"}): payments ${p.live_payments}, session ${p.session_status}, reserved ${p.reserved}, allocated ${p.allocated}, cooperatives ${p.cooperatives}`
        )
      }

      report(
        `events staged by killed workflows and never released: ${JSON.stringify(await stagedEvents(REDIS_URL))}`
      )

      // Every shopper got an order.
      expect(runs.filter((run) => run.failure)).toEqual([])
      // One order per cart, none without a cart, and each the order its
      // shopper was given.
      expect(withoutCart).toEqual([])
      expect(doubled).toEqual([])
      expect(placed.orders.length).toBe(CARTS)
      for (const run of runs) {
        expect({ cart: run.cartId, orders: byCart.get(run.cartId) }).toEqual({
          cart: run.cartId,
          orders: [run.orderId],
        })
      }
      // The traced stock is allocated once per order, never twice.
      expect(placed.allocated).toBe(CARTS * UNITS_PER_CART)
      expect(placed.recorded).toBe(CARTS * UNITS_PER_CART)
      // Each placement finished, whether or not its request was cut.
      expect(unfinished).toEqual([])

      // Captured after the restart: the restarted worker books the ledger.
      const orderIds = runs.map((run) => run.orderId!)
      const reconciliation = await captureAndReconcile(
        () => requestTo(server.url),
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

// The code of a request that got no answer (Node's fetch wraps it).
function networkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause
  return cause?.code ?? (error as Error).name ?? String(error)
}
