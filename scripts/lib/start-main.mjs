import path from "node:path"
import {
  BACKEND_DIR,
  BUILT_BACKEND_DIR,
  MEDUSA_BIN,
  PORTS,
  ROOT,
  STATE_DIR,
  STOREFRONT_DIR,
  workspaceBin,
} from "./context.mjs"
import { prepareDatabase } from "./database-setup.mjs"
import { applyEnv, ensureEnvFile } from "./env-file.mjs"
import {
  buildBackend,
  buildConsole,
  buildStorefront,
  consoleServer,
  storefrontEnv,
} from "./build.mjs"
import { info, step, warn } from "./log.mjs"
import { discoverPostgres, redact, withDatabase } from "./postgres.mjs"
import { startMeilisearch } from "./meilisearch.mjs"
import {
  runAsync,
  startService,
  stopServices,
  waitForHttp,
} from "./processes.mjs"

let postgres = null
let meilisearch = null
let stopping = false

export async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  info("stopping …")
  await stopServices()
  await meilisearch?.stop?.()
  if (postgres)
    await postgres
      .stop()
      .catch((error) => warn(`stopping PostgreSQL: ${error}`))
  info("stopped")
  process.exit(code)
}

export async function main() {
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => void shutdown(0))

  const envFile = ensureEnvFile(ROOT)
  applyEnv(envFile.values)
  if (envFile.generated.length)
    info(`generated ${envFile.generated.join(", ")} into .env`)

  postgres = await step("finding PostgreSQL", () =>
    discoverPostgres({ root: ROOT, purpose: "start", log: info })
  )
  const databaseUrl =
    postgres.source === "env"
      ? postgres.url
      : withDatabase(postgres.url, process.env.TIANFU_DB_NAME || "tianfu")
  info(`PostgreSQL (${postgres.source}): ${redact(databaseUrl)}`)
  info(
    process.env.REDIS_URL
      ? `Redis: ${redact(process.env.REDIS_URL)} (event bus, workflow engine, locking, caching)`
      : "Redis: not configured; Medusa's in-memory event bus, workflow engine, locking and cache"
  )

  // SEARCH=meilisearch: the npm-packaged Meilisearch (never a silent
  // default; MEILISEARCH_HOST, when set, is used as it is).
  if (process.env.SEARCH === "meilisearch" && !process.env.MEILISEARCH_HOST) {
    meilisearch = await step("starting Meilisearch (SEARCH=meilisearch)", () =>
      startMeilisearch({
        port: Number(process.env.MEILISEARCH_PORT || 7700),
        dbPath: path.join(STATE_DIR, "meilisearch"),
        apiKey: process.env.MEILI_MASTER_KEY,
      })
    )
    if (!meilisearch.host) throw new Error(meilisearch.reason)
    process.env.MEILISEARCH_HOST = meilisearch.host
    process.env.MEILISEARCH_API_KEY = meilisearch.apiKey
  }
  info(
    process.env.MEILISEARCH_HOST
      ? `search: Meilisearch at ${process.env.MEILISEARCH_HOST} (PostgreSQL kept in step)`
      : "search: PostgreSQL (set SEARCH=meilisearch or MEILISEARCH_HOST for Meilisearch)"
  )
  info(
    process.env.STRIPE_API_KEY
      ? `payments: Stripe (${process.env.STRIPE_API_KEY.includes("_live_") ? "live" : "test"} mode) and manual; webhooks at ${process.env.MEDUSA_BACKEND_URL || `http://localhost:${PORTS.backend}`}/hooks/payment/stripe_stripe`
      : "payments: manual provider (set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET for Stripe)"
  )
  if (process.env.STRIPE_API_KEY && !process.env.STRIPE_PUBLISHABLE_KEY) {
    warn(
      "STRIPE_PUBLISHABLE_KEY is not set: the storefront hides Stripe until it has the publishable key"
    )
  }

  const backendUrl =
    process.env.MEDUSA_BACKEND_URL || `http://localhost:${PORTS.backend}`
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDUSA_BACKEND_URL: backendUrl,
  }
  // The builds need no database: on a first start they run while it is
  // migrated and seeded (each side waits on its own work: the seed mostly on
  // PostgreSQL, the builds on the CPU), one after another among themselves.
  const builds = (async () => {
    await buildBackend(env)
    await buildStorefront(env)
    await buildConsole(env)
  })()
  // Awaited below; until then a failed build must not go unhandled.
  builds.catch(() => {})
  const base = await prepareDatabase({ databaseUrl, env, log: info })
  if (meilisearch) {
    // Its index may predate this database's catalogue: rebuild it.
    await step("search reindex into Meilisearch", () =>
      runAsync(MEDUSA_BIN, ["exec", "./src/scripts/reindex-search.ts"], {
        cwd: BACKEND_DIR,
        env,
        label: "reindex-search",
      })
    )
  }
  await builds

  // The three start together: the storefront and the console ask the
  // backend nothing until a page is requested.
  const backend = startService("backend", MEDUSA_BIN, ["start"], {
    cwd: BUILT_BACKEND_DIR,
    env: { ...env, NODE_ENV: "production", PORT: String(PORTS.backend) },
  })
  backend.on("exit", (code) => {
    if (!stopping) {
      warn(`backend exited with code ${code}`)
      void shutdown(1)
    }
  })
  // The storefront renders on the server: it reads the backend URL and
  // publishable key at run time.
  const storefront = startService(
    "storefront",
    workspaceBin(STOREFRONT_DIR, "react-router-serve"),
    ["./build/server/index.js"],
    {
      cwd: STOREFRONT_DIR,
      env: storefrontEnv(env, {
        backendUrl,
        publishableKey: base.publishableKey,
        port: PORTS.storefront,
      }),
    }
  )
  const consoleCommand = consoleServer(env, {
    backendUrl,
    publishableKey: base.publishableKey,
    storefrontUrl:
      process.env.STOREFRONT_URL || `http://localhost:${PORTS.storefront}`,
    port: PORTS.console,
  })
  const consoleApp = startService(
    "console",
    consoleCommand.command,
    consoleCommand.args,
    { cwd: consoleCommand.cwd, env: consoleCommand.env }
  )
  await step("waiting for the backend", () =>
    waitForHttp(`${backendUrl}/health`, { child: backend })
  )
  // The storefront's home page reads the catalogue: asked once the backend
  // answers.
  await Promise.all([
    waitForHttp(`http://127.0.0.1:${PORTS.storefront}/`, {
      child: storefront,
      timeoutMs: 30000,
    }),
    waitForHttp(`http://127.0.0.1:${PORTS.console}/`, {
      child: consoleApp,
      timeoutMs: 30000,
    }),
  ])
  info("ready")
  printBanner({ backendUrl, base, databaseUrl, source: postgres.source })
}

function printBanner({ backendUrl, base, databaseUrl, source }) {
  const lines = [
    "",
    "  天府丰收 Tianfu Harvest is running",
    "",
    `  Storefront                  http://localhost:${PORTS.storefront}`,
    `  Cooperative/bureau console  http://localhost:${PORTS.console}`,
    `  Operator dashboard          ${backendUrl}/app`,
    `  Backend API                 ${backendUrl}   (health: ${backendUrl}/health)`,
    `  Database                    ${redact(databaseUrl)} (${source})`,
    "",
    `  Demo logins (password for all: ${process.env.DEMO_PASSWORD})`,
    `  Operator (/app)             ${base.adminEmail}`,
    ...(base.logins?.cooperatives ?? []).map(
      (c) => `  Cooperative (console)       ${c.email}   ${c.name}`
    ),
    ...(base.logins?.bureau ?? []).map(
      (b) =>
        `  Bureau reviewer (console)   ${b.email}   ${b.name} (${b.jurisdiction})`
    ),
    ...(base.logins?.customer
      ? [`  Customer (storefront)       ${base.logins.customer}`]
      : []),
    `  Publishable API key         ${base.publishableKey}`,
    "",
    "  Press Ctrl-C to stop everything started here.",
    "",
  ]
  process.stdout.write(`${lines.join("\n")}\n`)
}
