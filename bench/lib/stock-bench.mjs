import path from "node:path"
import { MEDUSA_BIN, ROOT } from "../../scripts/lib/context.mjs"
import { info, step } from "../../scripts/lib/log.mjs"
import { run } from "../../scripts/lib/processes.mjs"
import { client, prepareCart } from "./http-bench.mjs"
import { load } from "./load.mjs"
import { prepareScaleDatabase, startBackend } from "./search-bench.mjs"

const STOCK_DIR = path.join(ROOT, "bench", "stock-app")
const ROUNDS = 2
const LINES_PER_CART = 3
const BUYERS = 10
const CARTS_PER_ROUND = 30
const ADDS_PER_CART = 10

// Stock Medusa: the starter's configuration (bench/stock-app), built and
// started on the same database as ours.
async function startStock(env) {
  await step("building stock Medusa (bench/stock-app)", () =>
    run(MEDUSA_BIN, ["build"], { cwd: STOCK_DIR, env, label: "stock build" })
  )
  return startBackend(env, "stock", {
    reindex: false,
    serverDir: path.join(STOCK_DIR, ".medusa", "server"),
  })
}

// Adds a line to the client's own cart, a new cart every ADDS_PER_CART
// lines (so both servers' carts stay the same size); only the add is timed.
function addToCart(api, regionId, variants) {
  const carts = new Map()
  let turn = 0
  return async (c) => {
    let cart = carts.get(c)
    if (!cart || cart.adds >= ADDS_PER_CART) {
      const { cart: made } = await api.post("/store/carts?fields=id", {
        region_id: regionId,
      })
      cart = { id: made.id, adds: 0 }
      carts.set(c, cart)
    }
    cart.adds++
    const started = performance.now()
    const ok = await api.ok(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        variant_id: variants[turn++ % variants.length],
        quantity: 1,
      }),
    })
    return { ok, ms: performance.now() - started }
  }
}

// BUYERS buyers completing prepared carts at once, each taking the next
// cart as soon as its last one is placed: the time of each completion and
// orders per second over the whole batch.
async function completions(api, regionId, variants, tag) {
  const carts = []
  let turn = 0
  for (let k = 0; k < CARTS_PER_ROUND; k++) {
    const lines = Array.from(
      { length: LINES_PER_CART },
      () => variants[turn++ % variants.length]
    )
    carts.push(await prepareCart(api, regionId, lines, `${tag}-${k}`))
  }
  const times = []
  let errors = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: BUYERS }, async () => {
      for (let cart = carts.pop(); cart; cart = carts.pop()) {
        const t0 = performance.now()
        try {
          const { type } = await api.post(`/store/carts/${cart}/complete`)
          if (type !== "order") errors++
        } catch {
          errors++
        }
        times.push(performance.now() - t0)
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  const at = (p) =>
    times[Math.min(times.length - 1, Math.floor(p * times.length))]
  return {
    connections: BUYERS,
    requests: times.length,
    errors,
    rps: Math.round(((times.length - errors) / seconds) * 100) / 100,
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    p99_ms: at(0.99),
  }
}

// Several runs of one side into one figure: requests and errors summed,
// throughput and latencies averaged.
function combine(runs) {
  const mean = (key) => runs.reduce((sum, r) => sum + r[key], 0) / runs.length
  return {
    connections: runs[0].connections,
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    rps: Math.round(mean("rps") * 100) / 100,
    p50_ms: mean("p50_ms"),
    p95_ms: mean("p95_ms"),
    p99_ms: mean("p99_ms"),
  }
}

// Medusa's own store routes on our backend against stock Medusa (the
// starter's configuration, nothing of ours) on the same seed:scale database
// in the same run: both servers up, measured in turn (the other one idle),
// ROUNDS rounds with the order of the two swapped each round.
export async function stockBench({ serverUrl, env, connections, durationMs }) {
  const scale = await prepareScaleDatabase({ serverUrl, env })
  const store = { "x-publishable-api-key": scale.base.publishableKey }
  const regionId = scale.base.regionId
  // A longer warm-up than the other benches: the first seconds of a fresh
  // server are JIT compilation, which would decide a close ratio.
  const options = { connections, durationMs, warmupMs: 3_000 }
  const ours = await startBackend(scale.backendEnv, "ours", { reindex: false })
  let stock = null
  try {
    stock = await startStock(scale.backendEnv)
    const sides = {
      ours: client(ours.url, store),
      stock: client(stock.url, store),
    }
    const { products } = await sides.stock.get(
      `/store/products?limit=200&region_id=${regionId}&fields=id,variants.id,+variants.inventory_quantity`
    )
    const stocked = products.filter(
      (p) => (p.variants?.[0]?.inventory_quantity ?? 0) >= 50
    )
    if (stocked.length < 20) {
      throw new Error(`only ${stocked.length} stocked products to bench with`)
    }
    const variants = stocked.map((p) => p.variants[0].id)
    const ids = stocked.map((p) => p.id)
    const detail = (api) => {
      let turn = 0
      return () =>
        api.ok(
          `/store/products/${ids[turn++ % ids.length]}?region_id=${regionId}`
        )
    }
    const scenarios = [
      {
        name: "list (12)",
        target: (api) => () => api.ok("/store/products?limit=12"),
      },
      {
        name: "priced list (12)",
        target: (api) => () =>
          api.ok(`/store/products?limit=12&region_id=${regionId}`),
      },
      { name: "detail", target: detail },
      {
        name: "add to cart",
        target: (api) => addToCart(api, regionId, variants),
      },
    ]
    // STOCK_SCENARIOS=detail,completion: only these (by the start of their
    // names), e.g. to profile one of them under BENCH_CPU_PROF.
    const picked = process.env.STOCK_SCENARIOS?.split(",").filter(Boolean)
    const wanted = (name) =>
      !picked?.length || picked.some((p) => name.startsWith(p))
    const rows = []
    for (const scenario of scenarios.filter((s) => wanted(s.name))) {
      info(`  ${scenario.name} …`)
      const runs = { ours: [], stock: [] }
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 ? ["stock", "ours"] : ["ours", "stock"]
        for (const side of order) {
          runs[side].push(await load(scenario.target(sides[side]), options))
        }
      }
      rows.push(row(scenario.name, runs))
    }
    const runs = { ours: [], stock: [] }
    if (wanted("cart completion"))
      info(`  cart completion, ${BUYERS} buyers at once …`)
    for (
      let round = 0;
      round < (wanted("cart completion") ? ROUNDS : 0);
      round++
    ) {
      const order = round % 2 ? ["stock", "ours"] : ["ours", "stock"]
      for (const side of order) {
        runs[side].push(
          await completions(
            sides[side],
            regionId,
            variants,
            `${side}-${round}-${Date.now()}`
          )
        )
      }
    }
    if (wanted("cart completion")) {
      rows.push(row(`cart completion, ${BUYERS} buyers`, runs))
    }
    return {
      benchmark: "stock",
      database: scale.name,
      connections,
      duration_s: durationMs / 1000,
      rounds: ROUNDS,
      scenarios: rows,
    }
  } finally {
    await stock?.stop()
    await ours.stop()
  }
}

function row(scenario, runs) {
  const ours = combine(runs.ours)
  const stock = combine(runs.stock)
  return {
    scenario,
    ours,
    stock,
    ratio_rps: ours.rps / stock.rps,
    ratio_p50: ours.p50_ms / stock.p50_ms,
  }
}
