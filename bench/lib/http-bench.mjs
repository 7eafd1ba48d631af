import fs from "node:fs"
import path from "node:path"
import { ROOT } from "../../scripts/lib/context.mjs"
import { info, step } from "../../scripts/lib/log.mjs"
import { load } from "./load.mjs"
import { startStatementCounter } from "./pg-counter.mjs"
import { prepareScaleDatabase, startBackend } from "./search-bench.mjs"

// The shop's own field lists, read from the storefront's source so that the
// benchmark asks for exactly what the pages ask for.
function storefrontFields(file, name) {
  const source = fs.readFileSync(path.join(ROOT, "storefront", file), "utf8")
  const list = source.match(
    new RegExp(`const ${name} = \\[([\\s\\S]*?)\\]\\.join`)
  )
  if (!list) throw new Error(`${name} not found in storefront/${file}`)
  return [...list[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]).join(",")
}

// What the product page asked /store/products/:id for while it made four
// requests (before /store/product-pages/:handle), kept to measure "before".
export const OLD_PAGE_FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "thumbnail",
  "metadata",
  "*images",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
].join(",")
const CART_FIELDS = storefrontFields(
  "src/features/cart/api/cart-fields.ts",
  "CART_FIELDS"
)

const CHENGDU = {
  first_name: "张",
  last_name: "三",
  address_1: "天府大道北段 1700 号",
  city: "成都",
  province: "四川省",
  postal_code: "610041",
  country_code: "cn",
  phone: "13800000000",
}

// A small JSON client for one server, with the store's publishable key.
export function client(baseUrl, headers) {
  const call = async (method, url, body, extra = {}) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: {
        ...headers,
        ...extra,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`${method} ${url}: ${response.status} ${text}`)
    }
    return text ? JSON.parse(text) : {}
  }
  return {
    get: (url, extra) => call("GET", url, undefined, extra),
    post: (url, body, extra) => call("POST", url, body ?? {}, extra),
    ok: async (url, init = {}) => {
      const response = await fetch(`${baseUrl}${url}`, {
        ...init,
        headers: { ...headers, ...init.headers },
      })
      await response.arrayBuffer()
      return response.ok
    },
  }
}

// A cart through the store API as the shop builds it: lines, addresses,
// the cheapest shipping option and a manual payment session.
export async function prepareCart(api, regionId, variants, tag) {
  const { cart } = await api.post("/store/carts?fields=id", {
    region_id: regionId,
  })
  for (const variant of variants) {
    await api.post(`/store/carts/${cart.id}/line-items?fields=id`, {
      variant_id: variant,
      quantity: 1,
    })
  }
  await api.post(`/store/carts/${cart.id}?fields=id`, {
    email: `bench-${tag}@example.com`,
    shipping_address: CHENGDU,
    billing_address: CHENGDU,
  })
  const { shipping_options } = await api.get(
    `/store/shipping-options?cart_id=${cart.id}`
  )
  const cheapest = [...shipping_options].sort((a, b) => a.amount - b.amount)[0]
  await api.post(`/store/carts/${cart.id}/shipping-methods?fields=id`, {
    option_id: cheapest.id,
  })
  const { payment_collection } = await api.post("/store/payment-collections", {
    cart_id: cart.id,
  })
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" }
  )
  return cart.id
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const summarize = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (p) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
  return {
    requests: sorted.length,
    errors: 0,
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    p99_ms: at(0.99),
    rps:
      Math.round((1000 / (ms.reduce((a, b) => a + b, 0) / ms.length)) * 10) /
      10,
  }
}

// Statements the server sent to PostgreSQL while answering one request
// (from sending it to reading the whole answer); the median of `runs`, the
// server otherwise idle.
async function statementsPer(counter, send, runs = 5) {
  const counts = []
  for (let i = 0; i < runs; i++) {
    const before = counter.count()
    await send(i)
    counts.push(counter.count() - before)
  }
  return median(counts)
}

// Resident memory of the server process, sampled every 20 ms while `work`
// runs: the baseline before, the peak during, both in MiB.
async function withRssSampling(pid, work) {
  const rss = () => {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
    return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024
  }
  const baseline = rss()
  let peak = baseline
  const timer = setInterval(() => {
    peak = Math.max(peak, rss())
  }, 20)
  try {
    const result = await work()
    return { ...result, rss_before_mib: baseline, rss_peak_mib: peak }
  } finally {
    clearInterval(timer)
  }
}

// Streams a CSV download to the end: seconds, bytes and data rows.
async function download(baseUrl, url, headers) {
  const started = performance.now()
  const response = await fetch(`${baseUrl}${url}`, { headers })
  if (!response.ok) {
    throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
  }
  let bytes = 0
  let lines = 0
  for await (const chunk of response.body) {
    bytes += chunk.length
    for (const byte of chunk) if (byte === 10) lines++
  }
  return {
    seconds: (performance.now() - started) / 1000,
    bytes,
    rows: lines - 1,
  }
}

const LINES_PER_CART = 5
const COMPLETIONS = { warmup: 2, timed: 12 }
const COUNTED_RUNS = 5

// Requests of one shop, shared by the two phases below.
function shopRequests(api, regionId, stocked) {
  let turn = 0
  const pick = () => stocked[turn++ % stocked.length]
  const post = (url, fields, body) =>
    api.ok(`${url}${fields ? `?fields=${encodeURIComponent(fields)}` : ""}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
  const openCart = async () =>
    (await api.post("/store/carts?fields=id", { region_id: regionId })).cart.id
  return {
    openCart,
    variant: () => pick().variants[0].id,
    list: (limit) => api.ok(`/store/search?limit=${limit}`),
    stockList: (limit) =>
      api.ok(`/store/products?limit=${limit}&region_id=${regionId}`),
    // The product page's one request, as its loader makes it.
    page: () =>
      api.ok(`/store/product-pages/${pick().handle}?region_id=${regionId}`),
    // The product page's requests before that: the handle to the id, then
    // the product with the shop's fields and its provenance at once, then
    // the oldest batch's trace.
    detail: async () => {
      const { handle } = pick()
      const { product } = await api.get(`/store/product-handles/${handle}`)
      const [, { provenance }] = await Promise.all([
        api.get(
          `/store/products/${product.id}?region_id=${regionId}&fields=${encodeURIComponent(OLD_PAGE_FIELDS)}`
        ),
        api.get(`/store/products/${product.id}/provenance`),
      ])
      const first = provenance.batches[0]
      if (first) await api.get(`/store/trace/${first.trace_code}`)
      return true
    },
    stockPageByHandle: () =>
      api.ok(
        `/store/products?handle=${pick().handle}&region_id=${regionId}&limit=1`
      ),
    stockDetail: () =>
      api.ok(`/store/products/${pick().id}?region_id=${regionId}`),
    addLine: (cartId, fields) =>
      post(`/store/carts/${cartId}/line-items`, fields, {
        variant_id: pick().variants[0].id,
        quantity: 1,
      }),
  }
}

// Carts of `lines` lines ready to complete, then completed one at a time:
// the time of each completion after the warm-up, and the statements it
// sent when a counter is given.
async function completions(api, regionId, shop, { lines, runs, counter }) {
  const carts = []
  for (let k = 0; k < runs; k++) {
    carts.push(
      await prepareCart(
        api,
        regionId,
        Array.from({ length: lines }, () => shop.variant()),
        `${Date.now()}-${lines}-${k}`
      )
    )
  }
  const ms = []
  const statements = []
  for (const cartId of carts) {
    const before = counter?.count()
    const started = performance.now()
    const { type } = await api.post(`/store/carts/${cartId}/complete`)
    ms.push(performance.now() - started)
    if (counter) statements.push(counter.count() - before)
    if (type !== "order") throw new Error(`cart ${cartId} gave ${type}`)
    // Let the order.placed subscribers finish outside the next window.
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return { ms, statements }
}

// The store and bureau APIs on the production server over the seed:scale
// database, each scenario next to stock Medusa's equivalent on the same
// server (see bench/README.md). Phase 1, server connected straight to
// PostgreSQL: closed-loop latency and throughput, completion over HTTP at 1
// and 10 lines, reports over the million-row ledger, the CSV export of every
// household's year with the server's memory. Phase 2, the same server
// restarted behind a statement-counting proxy: statements per request.
export async function httpBench({ serverUrl, env, connections, durationMs }) {
  const scale = await prepareScaleDatabase({ serverUrl, env })
  const store = { "x-publishable-api-key": scale.base.publishableKey }
  const regionId = scale.base.regionId
  const options = { connections, durationMs }
  const result = {
    benchmark: "http",
    database: scale.name,
    connections,
    duration_s: durationMs / 1000,
    scenarios: [],
    completion: {},
    export: null,
    statements: [],
  }

  let backend = await startBackend(scale.backendEnv, "http", {
    reindex: false,
  })
  let api = client(backend.url, store)
  // Products to rotate through, with stock for the carts below.
  const { products } = await api.get(
    `/store/products?limit=200&region_id=${regionId}&fields=id,handle,variants.id,+variants.inventory_quantity`
  )
  const stocked = products.filter(
    (p) => (p.variants?.[0]?.inventory_quantity ?? 0) >= 30
  )
  try {
    if (stocked.length < 20) {
      throw new Error(`only ${stocked.length} stocked products to bench with`)
    }
    let shop = shopRequests(api, regionId, stocked)
    const pair = async (name, ours, stock, note, extra = {}) => {
      info(`  ${name} …`)
      const a = await load(ours, { ...options, ...extra })
      const b = stock ? await load(stock, { ...options, ...extra }) : null
      result.scenarios.push({
        scenario: name,
        note,
        ours: a,
        stock: b,
        ratio_rps: b ? a.rps / b.rps : null,
        ratio_p50: b ? a.p50_ms / b.p50_ms : null,
      })
    }

    await step("store API under load", async () => {
      await pair(
        "product list (12)",
        () => shop.list(12),
        () => shop.stockList(12),
        "ours /store/search (prices, county, cooperative, households, facets); stock /store/products with region prices"
      )
      await pair(
        "product page (1 request) vs /:id",
        shop.page,
        shop.stockDetail,
        "ours: the product page's loader, /store/product-pages/:handle; stock /store/products/:id"
      )
      await pair(
        "product detail",
        shop.detail,
        shop.stockDetail,
        "ours: the product page's loader before (handle → id, product + provenance at once, trace); stock /store/products/:id"
      )
      // Medusa's Next.js starter reads its product page by handle.
      await pair(
        "product page vs starter's ?handle=",
        shop.page,
        shop.stockPageByHandle,
        "ours: the product page's loader; stock: /store/products?handle= as Medusa's Next.js starter reads a product page"
      )
      const q = encodeURIComponent("猕猴桃")
      await pair(
        "search q=猕猴桃",
        () => api.ok(`/store/search?limit=12&q=${q}`),
        () => api.ok(`/store/products?limit=12&q=${q}`),
        "ours /store/search (PostgreSQL provider); stock /store/products?q= (ILIKE)"
      )
      // Each client fills carts of LINES_PER_CART lines; opening the next
      // cart is not timed.
      const addToCart = (fields) => {
        const carts = new Map()
        return async (c) => {
          let cart = carts.get(c)
          if (!cart || cart.lines >= LINES_PER_CART) {
            cart = { id: await shop.openCart(), lines: 0 }
            carts.set(c, cart)
          }
          const started = performance.now()
          const ok = await shop.addLine(cart.id, fields)
          cart.lines++
          return { ok, ms: performance.now() - started }
        }
      }
      await pair(
        "add to cart",
        addToCart(CART_FIELDS),
        addToCart(null),
        "the same Medusa route; ours asks for the cart fields the shop reads, stock for the default fields"
      )
    })

    await step("cart completion over HTTP, 1 and 10 lines", async () => {
      for (const lines of [1, 10]) {
        const { ms } = await completions(api, regionId, shop, {
          lines,
          runs: COMPLETIONS.warmup + COMPLETIONS.timed,
        })
        result.completion[`lines_${lines}`] = summarize(
          ms.slice(COMPLETIONS.warmup)
        )
      }
    })

    const bureau = await api.post("/auth/bureau_user/emailpass", {
      email: "sichuan@bureau.demo.tianfu",
      password: process.env.DEMO_PASSWORD,
    })
    const auth = { authorization: `Bearer ${bureau.token}` }
    const report = (params) => () =>
      api.ok(`/bureau/reports/attribution?${new URLSearchParams(params)}`, {
        headers: auth,
      })
    const countyMonth = report({ group_by: "county", grain: "month" })
    await step("bureau reports over the ledger", async () => {
      const householdYear = report({
        group_by: "household",
        grain: "year",
        limit: "50",
      })
      for (const c of [1, connections]) {
        await pair(
          `report county×month, ${c} conn.`,
          countyMonth,
          null,
          "Sichuan reviewer (prefix 51), last 12 months, totals + page",
          { connections: c }
        )
        await pair(
          `report household×year, ${c} conn.`,
          householdYear,
          null,
          "Sichuan reviewer, a page of 50 households with totals and count",
          { connections: c }
        )
      }
    })

    result.export = await step("CSV export of households", async () => {
      // The poverty-line report lists every household of the jurisdiction
      // with its income this year (zero when none): 100,000 rows for the
      // province. One county first, then the province twice: a streamed
      // export's memory must not grow with its rows, nor from one to the next.
      const csv = (extra) =>
        `/bureau/reports/poverty-line?${new URLSearchParams({
          format: "csv",
          ...extra,
        })}`
      const exportOf = (extra) =>
        withRssSampling(backend.pid, () =>
          download(backend.url, csv(extra), auth)
        )
      return {
        report: "poverty-line",
        county_513431: await exportOf({ county_code: "513431" }),
        province: await exportOf({}),
        province_again: await exportOf({}),
      }
    })
    await backend.stop()
    backend = null

    // Phase 2: the same server behind the counting proxy.
    const counter = await startStatementCounter(scale.databaseUrl)
    try {
      backend = await startBackend(
        { ...scale.backendEnv, DATABASE_URL: counter.url },
        "http-sql",
        { reindex: false }
      )
      api = client(backend.url, store)
      shop = shopRequests(api, regionId, stocked)
      await step("statements per request", async () => {
        const count = async (request, ours, stock) => {
          await ours()
          if (stock) await stock()
          result.statements.push({
            request,
            ours: await statementsPer(counter, ours, COUNTED_RUNS),
            stock: stock
              ? await statementsPer(counter, stock, COUNTED_RUNS)
              : null,
          })
        }
        await count(
          "product list, 1 product",
          () => shop.list(1),
          () => shop.stockList(1)
        )
        await count(
          "product list, 10 products",
          () => shop.list(10),
          () => shop.stockList(10)
        )
        await count("product page (1 request)", shop.page, shop.stockDetail)
        await count("product detail", shop.detail, shop.stockDetail)
        // A line added to a new cart (opening it is not counted).
        const add = (fields) => {
          const counts = []
          return {
            counts,
            run: async () => {
              const cartId = await shop.openCart()
              const before = counter.count()
              await shop.addLine(cartId, fields)
              counts.push(counter.count() - before)
            },
          }
        }
        const ours = add(CART_FIELDS)
        const stock = add(null)
        for (let i = 0; i < COUNTED_RUNS + 1; i++) {
          await ours.run()
          await stock.run()
        }
        result.statements.push({
          request: "add to cart (new cart)",
          ours: median(ours.counts.slice(1)),
          stock: median(stock.counts.slice(1)),
        })
        for (const lines of [1, 10]) {
          const { statements } = await completions(api, regionId, shop, {
            lines,
            runs: COUNTED_RUNS + 1,
            counter,
          })
          result.statements.push({
            request: `cart completion, ${lines} line${lines > 1 ? "s" : ""}`,
            ours: median(statements.slice(1)),
            stock: null,
            all: statements.slice(1),
          })
        }
        await count("report county×month", countyMonth, null)
      })
    } finally {
      await counter.stop()
    }
  } finally {
    await backend?.stop()
  }
  return result
}
