import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import {
  BACKEND_DIR,
  BUILT_BACKEND_DIR,
  MEDUSA_BIN,
} from "../../scripts/lib/context.mjs"
import { buildBackend } from "../../scripts/lib/build.mjs"
import { info, step, warn } from "../../scripts/lib/log.mjs"
import { startMeilisearch } from "../../scripts/lib/meilisearch.mjs"
import { prepareDatabase } from "../../scripts/lib/database-setup.mjs"
import { withDatabase } from "../../scripts/lib/postgres.mjs"
import {
  freePort,
  run,
  startService,
  waitForHttp,
} from "../../scripts/lib/processes.mjs"
import { seedScaleOn } from "../../scripts/lib/seed-scale-main.mjs"
import { load } from "./load.mjs"

export const SEARCH_PRODUCTS = 10_000

// Each scenario: our /store/search request and, where stock Medusa has an
// equivalent, its /store/products request for the same words.
const SCENARIOS = [
  { name: "q=猕猴桃 (Chinese)", ours: { q: "猕猴桃" }, stock: { q: "猕猴桃" } },
  { name: "q=kiwi (English)", ours: { q: "kiwi" }, stock: { q: "kiwi" } },
  {
    name: "q=kiwifriut (typo)",
    ours: { q: "kiwifriut" },
    stock: { q: "kiwifriut" },
  },
  { name: "list, newest, facets", ours: {}, stock: {} },
  {
    name: "county+category, price↑",
    ours: { county: "513431", category: "grains", sort: "price_asc" },
    stock: null,
  },
]

const query = (params) => new URLSearchParams({ limit: "20", ...params })

async function syntheticProducts(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    await client.connect()
    const { rows } = await client.query(
      "select count(*)::int as n from product where handle like 'synthetic-product-%'"
    )
    return rows[0].n
  } catch {
    return 0
  } finally {
    await client.end().catch(() => {})
  }
}

// Starts the built backend (or another built Medusa app: `serverDir`) on a
// bench database, optionally with Meilisearch, reindexes search first
// (unless told not to), and returns its URL, its process id and a stop.
export async function startBackend(
  env,
  label,
  { reindex = true, serverDir = BUILT_BACKEND_DIR } = {}
) {
  const reindexStarted = Date.now()
  if (reindex) {
    await step(`search reindex (${label})`, () =>
      run(MEDUSA_BIN, ["exec", "./src/scripts/reindex-search.ts"], {
        cwd: BACKEND_DIR,
        env,
        label: "reindex-search",
      })
    )
  }
  const reindex_s = reindex ? (Date.now() - reindexStarted) / 1000 : null
  const port = await freePort()
  // BENCH_CPU_PROF=<dir>: the server runs under V8's CPU profiler and
  // writes <dir>/<label>/*.cpuprofile when it stops (open it in Chrome's
  // DevTools, or sum it with bench/lib/profile-summary.mjs).
  const profileDir = process.env.BENCH_CPU_PROF
    ? path.resolve(process.env.BENCH_CPU_PROF, label)
    : null
  const [command, args] = profileDir
    ? [
        process.execPath,
        [
          "--cpu-prof",
          `--cpu-prof-dir=${profileDir}`,
          fs.realpathSync(MEDUSA_BIN),
          "start",
        ],
      ]
    : [MEDUSA_BIN, ["start"]]
  const child = startService(`bench-${label}`, command, args, {
    cwd: serverDir,
    env: {
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      LOG_LEVEL: "warn",
    },
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/health`, { child })
  const stop = () =>
    new Promise((resolve) => {
      child.once("exit", resolve)
      process.kill(-child.pid, "SIGTERM")
    })
  return { url, stop, reindex_s, pid: child.pid }
}

async function measure(url, headers, options) {
  const rows = []
  for (const scenario of SCENARIOS) {
    info(`  ${scenario.name} …`)
    const ours = await load(`${url}/store/search?${query(scenario.ours)}`, {
      headers,
      ...options,
    })
    const stock = scenario.stock
      ? await load(`${url}/store/products?${query(scenario.stock)}`, {
          headers,
          ...options,
        })
      : null
    rows.push({
      scenario: scenario.name,
      ours,
      stock,
      ratio_p50: stock ? ours.p50_ms / stock.p50_ms : null,
      ratio_rps: stock ? ours.rps / stock.rps : null,
    })
  }
  return rows
}

// The seed:scale database (10,000 products, 100,000 households, a million
// ledger rows), generated first when its products are missing, migrated and
// seeded as seed:scale would, and the backend built for it.
export async function prepareScaleDatabase({ serverUrl, env }) {
  const name = process.env.SCALE_DB_NAME || "tianfu_scale"
  const databaseUrl = withDatabase(serverUrl, name)
  let products = await syntheticProducts(databaseUrl)
  if (products < SEARCH_PRODUCTS) {
    warn(`${name} has ${products} synthetic products; running seed:scale first`)
    await seedScaleOn(databaseUrl, {})
    products = await syntheticProducts(databaseUrl)
  }
  // Migrations (and the demo, without orders) as seed:scale would run them.
  const backendEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    SEED_ORDERS: env.SEED_ORDERS ?? "0",
  }
  const base = await prepareDatabase({
    databaseUrl,
    env: backendEnv,
    log: info,
  })
  await buildBackend(backendEnv)
  return { name, databaseUrl, products, backendEnv, base }
}

// Search latency at 10,000 products and 20 concurrent connections: the
// PostgreSQL provider, then Meilisearch when one can be had (MEILISEARCH_HOST
// or the packaged binary), each against stock Medusa's /store/products?q=
// (its own ILIKE title search) in the same run. Uses the seed:scale
// database, creating its products first if they are not there.
export async function searchBench({ serverUrl, env, connections, durationMs }) {
  const { name, products, backendEnv, base } = await prepareScaleDatabase({
    serverUrl,
    env,
  })
  const headers = { "x-publishable-api-key": base.publishableKey }
  const options = { connections, durationMs }
  const providers = []

  const postgres = await startBackend(backendEnv, "postgres")
  try {
    providers.push({
      provider: "postgres",
      reindex_s: postgres.reindex_s,
      scenarios: await measure(postgres.url, headers, options),
    })
  } finally {
    await postgres.stop()
  }

  const meili = await startMeilisearch()
  if (!meili.host) {
    warn(`Meilisearch not measured: ${meili.reason}`)
  } else {
    try {
      const meiliBackend = await startBackend(
        {
          ...backendEnv,
          MEILISEARCH_HOST: meili.host,
          MEILISEARCH_API_KEY: meili.apiKey,
          MEILISEARCH_INDEX: `bench_${name}`,
        },
        "meilisearch"
      )
      try {
        providers.push({
          provider: "meilisearch",
          source: meili.source,
          reindex_s: meiliBackend.reindex_s,
          scenarios: await measure(meiliBackend.url, headers, options),
        })
      } finally {
        await meiliBackend.stop()
      }
    } finally {
      await meili.stop()
    }
  }
  return {
    benchmark: "search",
    database: name,
    synthetic_products: products,
    connections,
    duration_s: durationMs / 1000,
    meilisearch: meili.host ? "measured" : `not measured: ${meili.reason}`,
    providers,
  }
}
