import { spawn } from "node:child_process"
import { buildStorefront, storefrontEnv } from "../../scripts/lib/build.mjs"
import { STOREFRONT_DIR, workspaceBin } from "../../scripts/lib/context.mjs"
import { info, step } from "../../scripts/lib/log.mjs"
import { freePort, waitForHttp } from "../../scripts/lib/processes.mjs"
import { OLD_PAGE_FIELDS } from "./http-bench.mjs"
import { load } from "./load.mjs"
import { prepareScaleDatabase, startBackend } from "./search-bench.mjs"

// The product page at 10,000 products (`npm run bench -- --only=product-page`,
// about 3 minutes once the seed:scale database exists): the one call the
// page makes now (/store/product-pages/:handle), the four it made before,
// and stock Medusa's /store/products/:id, in one run on one server; then the
// storefront's server-rendered product page, kept for anonymous shoppers
// and rendered every time (a request with another cookie is never kept), at
// 1 and at `connections` clients, rotating through 200 products.
export async function productPageBench({
  serverUrl,
  env,
  connections,
  durationMs,
}) {
  const scale = await prepareScaleDatabase({ serverUrl, env })
  const store = { "x-publishable-api-key": scale.base.publishableKey }
  const regionId = scale.base.regionId
  const options = { connections, durationMs }
  const result = {
    benchmark: "product-page",
    database: scale.name,
    connections,
    duration_s: durationMs / 1000,
    scenarios: [],
    ssr: [],
  }
  await buildStorefront({ ...env, NODE_ENV: "production" })
  const backend = await startBackend(scale.backendEnv, "product-page", {
    reindex: false,
  })
  const get = async (url) => {
    const response = await fetch(`${backend.url}${url}`, { headers: store })
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
    return response.json()
  }
  const ok = async (url, headers = store, base = backend.url) => {
    const response = await fetch(`${base}${url}`, { headers })
    await response.arrayBuffer()
    return response.ok
  }
  let shop = null
  try {
    const { products } = await get(
      `/store/products?limit=200&region_id=${regionId}&fields=id,handle`
    )
    let turn = 0
    const pick = () => products[turn++ % products.length]
    const onePage = () =>
      ok(`/store/product-pages/${pick().handle}?region_id=${regionId}`)
    const fourRequests = async () => {
      const { handle } = pick()
      const { product } = await get(`/store/product-handles/${handle}`)
      const [, { provenance }] = await Promise.all([
        get(
          `/store/products/${product.id}?region_id=${regionId}&fields=${encodeURIComponent(OLD_PAGE_FIELDS)}`
        ),
        get(`/store/products/${product.id}/provenance`),
      ])
      const first = provenance.batches[0]
      if (first) await get(`/store/trace/${first.trace_code}`)
      return true
    }
    const stockDetail = () =>
      ok(`/store/products/${pick().id}?region_id=${regionId}`)

    await step("product page data under load", async () => {
      info("  one call …")
      const one = await load(onePage, options)
      info("  four requests (before) …")
      const four = await load(fourRequests, options)
      info("  stock /store/products/:id …")
      const stock = await load(stockDetail, options)
      for (const [scenario, ours, note] of [
        [
          "product page (1 request) vs /:id",
          one,
          "ours /store/product-pages/:handle; stock /store/products/:id?region_id=",
        ],
        [
          "product page before (4 requests) vs /:id",
          four,
          "the page's loader before: handle → id, product + provenance, trace",
        ],
      ]) {
        result.scenarios.push({
          scenario,
          note,
          ours,
          stock,
          ratio_rps: ours.rps / stock.rps,
          ratio_p50: ours.p50_ms / stock.p50_ms,
        })
      }
    })

    const port = await freePort()
    shop = spawn(
      workspaceBin(STOREFRONT_DIR, "react-router-serve"),
      ["./build/server/index.js"],
      {
        cwd: STOREFRONT_DIR,
        env: storefrontEnv(env, {
          backendUrl: backend.url,
          publishableKey: scale.base.publishableKey,
          port,
        }),
        stdio: "ignore",
        detached: true,
      }
    )
    const shopUrl = `http://127.0.0.1:${port}`
    await waitForHttp(`${shopUrl}/cart`, { child: shop, timeoutMs: 30_000 })
    await step("server-rendered product page", async () => {
      const page = (headers) => () =>
        ok(`/products/${pick().handle}`, headers, shopUrl)
      const anonymous = page({ accept: "text/html" })
      // Any cookie but the language's means the page is never kept.
      const rendered = page({ accept: "text/html", cookie: "bench=1" })
      // Warm: every product rendered (and kept) once.
      for (let i = 0; i < products.length; i++) await anonymous()
      for (const c of [1, connections]) {
        for (const [name, send] of [
          ["kept (anonymous)", anonymous],
          ["rendered (a cookie)", rendered],
        ]) {
          info(`  ${name}, ${c} conn. …`)
          result.ssr.push({
            scenario: `SSR product page ${name}, ${c} conn.`,
            ours: await load(send, { connections: c, durationMs }),
          })
        }
      }
    })
  } finally {
    if (shop) process.kill(-shop.pid, "SIGTERM")
    await backend.stop()
  }
  return result
}
