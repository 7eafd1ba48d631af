import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { BACKEND_DIR, MEDUSA_BIN, ROOT } from "../../scripts/lib/context.mjs"
import { prepareDatabase } from "../../scripts/lib/database-setup.mjs"
import { applyEnv, ensureEnvFile } from "../../scripts/lib/env-file.mjs"
import { readJson, writeJson } from "../../scripts/lib/fingerprint.mjs"
import { info, step, warn } from "../../scripts/lib/log.mjs"
import {
  discoverPostgres,
  redact,
  withDatabase,
} from "../../scripts/lib/postgres.mjs"
import { run } from "../../scripts/lib/processes.mjs"
import { dropDatabase } from "./database.mjs"
import { httpBench } from "./http-bench.mjs"
import { linkageBench } from "./linkage-bench.mjs"
import { oversightBench } from "./oversight-bench.mjs"
import { productPageBench } from "./product-page-bench.mjs"
import { registryBench } from "./registry-bench.mjs"
import { searchBench } from "./search-bench.mjs"
import { stockBench } from "./stock-bench.mjs"
import { storefrontLighthouse } from "./storefront-lighthouse.mjs"
import { storefrontSizeBench } from "./storefront-size.mjs"
import { buildSummary, printSummary } from "./summary.mjs"
import {
  printAttribution,
  printLinkage,
  printOversight,
  printRegistryImport,
  printSearch,
  printStorefront,
} from "./table.mjs"

const RESULTS_DIR = path.join(ROOT, "bench", "results")

const BENCHMARKS = [
  "attribution",
  "search",
  "http",
  "stock",
  "linkage",
  "storefront",
  "registry",
  "oversight",
  "product-page",
]

const USAGE = `usage: npm run bench [-- --only=attribution|search|http|stock|linkage|storefront|registry|oversight|product-page] [--fresh] [--orders=32] [--ledger-rows=1000000] [--report-runs=10] [--connections=20] [--duration=10]

  --only=NAME         run one benchmark (default: the first six, in that
                      order; registry is part of linkage, alone on demand;
                      oversight and product-page only on demand)
  --connections=N     concurrent connections of the search load (20); the
                      HTTP and linkage scenarios use half as many (10)
  --duration=S        seconds of load per search / HTTP scenario (10)

  --fresh             drop and re-create the bench database (migrate, seed, new ledger)
  --orders=N          orders per side for placement and capture (after 3 warm-up pairs)
  --ledger-rows=N     synthetic ledger rows to have before timing the reports
  --report-runs=N     timed runs per report query (after 1 warm-up)`

export function parseArgs(argv) {
  const args = {
    fresh: false,
    env: {},
    only: null,
    connections: 20,
    duration: 10,
  }
  const numeric = {
    "--orders": "BENCH_ORDERS",
    "--ledger-rows": "BENCH_LEDGER_ROWS",
    "--report-runs": "BENCH_REPORT_RUNS",
  }
  for (const arg of argv) {
    const [name, value] = arg.split("=")
    if (name === "--fresh") args.fresh = true
    else if (name === "--only" && BENCHMARKS.includes(value)) {
      args.only = value
    } else if (
      (name === "--connections" || name === "--duration") &&
      /^\d+$/.test(value ?? "") &&
      Number(value) > 0
    ) {
      args[name.slice(2)] = Number(value)
    } else if (name === "--help" || name === "-h") args.help = true
    else if (numeric[name] && /^\d+$/.test(value ?? "")) {
      args.env[numeric[name]] = value
    } else {
      throw new Error(`unknown argument ${arg}\n${USAGE}`)
    }
  }
  return args
}

// Keeps a benchmark's result as results/<name>-<date>.json (a second run
// the same day replaces it); returns the path to print.
function saveResult(name, result) {
  const file = path.join(
    RESULTS_DIR,
    `${name}-${result.started_at.slice(0, 10)}.json`
  )
  writeJson(file, result)
  return path.relative(ROOT, file)
}

function machineFacts() {
  const cpus = os.cpus()
  const medusa = readJson(
    path.join(ROOT, "node_modules", "@medusajs", "medusa", "package.json"),
    {}
  )
  return {
    cpus: cpus.length,
    cpu_model: cpus[0]?.model?.trim(),
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    medusa: medusa.version,
  }
}

// The attribution benchmark on its own database: placement and capture
// against stock Medusa, reports over a million ledger rows.
async function attributionBench({ postgres, args, started, loadAtStart }) {
  // Never the `npm start` database: a database of its own on the same
  // server, since the benchmark writes a million synthetic ledger rows.
  const name = process.env.BENCH_DB_NAME || "tianfu_bench"
  if (name === (process.env.TIANFU_DB_NAME || "tianfu")) {
    throw new Error(`BENCH_DB_NAME must not be the npm start database`)
  }
  const databaseUrl = withDatabase(postgres.url, name)
  info(`benchmarking on ${redact(databaseUrl)} (${postgres.source})`)
  if (args.fresh) {
    await step(`dropping ${name} (--fresh)`, () =>
      dropDatabase(postgres.url, name)
    )
  }
  const env = { ...process.env, DATABASE_URL: databaseUrl }
  // Medusa's in-memory event bus, workflow engine and locking: with Redis,
  // `medusa exec` (server mode) would queue events for whatever worker
  // listens on that Redis, e.g. a running `npm start` on another database.
  delete env.REDIS_URL
  const setupStarted = Date.now()
  const base = await prepareDatabase({ databaseUrl, env, log: info })
  const setup_s = (Date.now() - setupStarted) / 1000

  const resultFile = path.join(os.tmpdir(), `tianfu-bench-${process.pid}.json`)
  await step("attribution benchmark (medusa exec)", () =>
    run(MEDUSA_BIN, ["exec", "../bench/src/attribution.ts"], {
      cwd: BACKEND_DIR,
      env: {
        ...env,
        ...args.env,
        BENCH_RESULT_FILE: resultFile,
        BENCH_BASE_STORE: JSON.stringify(base),
      },
      label: "bench/src/attribution.ts",
    })
  )
  const measured = JSON.parse(fs.readFileSync(resultFile, "utf8"))
  fs.rmSync(resultFile, { force: true })
  const result = {
    ...measured,
    machine: {
      ...machineFacts(),
      postgres: measured.postgres,
      load_at_start: Math.round(loadAtStart * 100) / 100,
      load_at_end: Math.round(os.loadavg()[0] * 100) / 100,
    },
    database: { name, source: postgres.source, setup_s },
    total_s: Math.round((Date.now() - started) / 100) / 10,
  }
  printAttribution(result, saveResult("attribution", result))
  if (!result.checks.passed) {
    warn("the A/B checks failed: the timings above are not what they claim")
    return { code: 1, result }
  }
  return { code: 0, result }
}

// Prepares the bench database with the same helpers `npm run seed` uses,
// runs bench/src/attribution.ts through `medusa exec`, then prints its table
// and keeps its JSON in bench/results/.
export async function benchMain(argv) {
  const started = Date.now()
  const loadAtStart = os.loadavg()[0]
  let args
  try {
    args = parseArgs(argv)
  } catch (error) {
    warn(error.message)
    return 2
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  applyEnv(ensureEnvFile(ROOT).values)
  const postgres = await discoverPostgres({
    root: ROOT,
    purpose: "start",
    log: info,
  })
  // A benchmark against a server of its own: without Redis (Medusa's
  // in-memory modules, as stock Medusa runs), with half the connections
  // unless told otherwise, its result stamped with the run's start and the
  // machine's load at its end.
  const serverBench = async (
    bench,
    connections = Math.max(1, Math.round(args.connections / 2))
  ) => {
    const env = { ...process.env }
    delete env.REDIS_URL
    return {
      ...(await bench({
        serverUrl: postgres.url,
        env,
        connections,
        durationMs: args.duration * 1000,
      })),
      started_at: new Date(started).toISOString(),
      machine: { ...machineFacts(), load_at_end: os.loadavg()[0] },
    }
  }
  try {
    let code = 0
    const results = {}
    const runs = (name) => args.only === null || args.only === name
    if (runs("attribution")) {
      const bench = await attributionBench({
        postgres,
        args,
        started,
        loadAtStart,
      })
      code = bench.code
      results.attribution = bench.result
    }
    if (runs("search")) {
      const result = await serverBench(searchBench, args.connections)
      const file = saveResult("search", result)
      printSearch(result, file)
      results.search = result
    }
    if (runs("http")) {
      const result = await serverBench(httpBench)
      info(`saved ${saveResult("http", result)}`)
      results.http = result
    }
    if (runs("stock")) {
      const result = await serverBench(stockBench)
      info(`saved ${saveResult("stock", result)}`)
      results.stock = result
    }
    if (args.only === "product-page") {
      const result = await serverBench(productPageBench)
      info(`saved ${saveResult("product-page", result)}`)
      results["product-page"] = result
    }
    if (runs("linkage")) {
      const result = await serverBench(linkageBench)
      printLinkage(result, saveResult("linkage", result))
      results.linkage = result
    }
    if (args.only === "registry") {
      const result = await serverBench(registryBench)
      printRegistryImport(
        result.registry_import,
        saveResult("registry", result)
      )
      results.linkage = {
        scenarios: [],
        registry_import: result.registry_import,
      }
    }
    if (args.only === "oversight") {
      const result = await serverBench(oversightBench)
      printOversight(result, saveResult("oversight", result))
      results.oversight = result
      // A second run over the same data must change nothing.
      const again = result.runs.again
      if (
        again.flags_opened + again.flags_reopened + again.flags_cleared ||
        again.cases_opened
      ) {
        warn("the second rule run changed flags or cases over the same data")
        code = 1
      }
    }
    if (runs("storefront")) {
      const sizes = await storefrontSizeBench({ log: info })
      const result = {
        ...sizes,
        ...(await serverBench(storefrontLighthouse)),
      }
      const file = saveResult("storefront", result)
      printStorefront(result, file)
      if (Object.values(result.sizes).some((p) => !p.within_budget)) code = 1
      results.storefront = result
    }
    const summary = buildSummary(results)
    if (summary.rows.length) {
      const latest = path.join(RESULTS_DIR, "latest.json")
      writeJson(latest, {
        started_at: new Date(started).toISOString(),
        machine: {
          ...machineFacts(),
          load_at_start: loadAtStart,
          load_at_end: os.loadavg()[0],
        },
        summary,
        results,
      })
      printSummary(summary, machineFacts(), path.relative(ROOT, latest))
    }
    return code
  } catch (error) {
    warn(`benchmark failed: ${error?.stack ?? error}`)
    return 1
  } finally {
    await postgres.stop()
  }
}
