import crypto from "node:crypto"
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { buildConsole, buildDashboard, buildStorefront } from "./build.mjs"
import { ensureChromium } from "./chromium.mjs"
import { ROOT, scratchDir, WORKSPACES } from "./context.mjs"
import { info, step, warn } from "./log.mjs"
import { startMeilisearch } from "./meilisearch.mjs"
import { discoverPostgres, LOCAL_SERVER_URL, redact } from "./postgres.mjs"
import { prepareSchemaTemplate } from "./test-template.mjs"

const BIN = path.join(ROOT, "node_modules", ".bin")

function runCheck(name, command, args, options = {}) {
  const t0 = Date.now()
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    ...options,
  })
  const ok = result.status === 0
  info(
    `${ok ? "PASS" : "FAIL"} ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`
  )
  return ok
}

// The same, without blocking: the static checks run while the test
// databases, Meilisearch, Chromium and the front ends are made ready.
function runCheckAsync(name, command, args) {
  const t0 = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit" })
    const done = (ok) => {
      info(
        `${ok ? "PASS" : "FAIL"} ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`
      )
      resolve(ok)
    }
    child.on("error", () => done(false))
    child.on("exit", (code) => done(code === 0))
  })
}

// Prettier, eslint and a type check per workspace, two at a time (each is
// one busy process; the machine has two cores).
async function staticChecks(record) {
  const checks = [
    ["prettier --check", "prettier", ["--check", "--log-level", "warn", "."]],
    ["eslint (zero warnings)", "eslint", [".", "--max-warnings", "0"]],
    // The dashboard extensions (backend/src/admin) are browser code built
    // by Medusa's bundler: a project of their own.
    ...[...WORKSPACES, "backend/src/admin"].map((workspace) => [
      `tsc --noEmit ${workspace}`,
      "tsc",
      ["--noEmit", "-p", `${workspace}/tsconfig.json`],
    ]),
  ]
  const next = async () => {
    for (let check = checks.shift(); check; check = checks.shift()) {
      const [name, bin, args] = check
      record(await runCheckAsync(name, path.join(BIN, bin), args))
    }
  }
  await Promise.all([next(), next()])
}

// Jest workers: test files run two at a time by default (each boots its own
// Medusa app on its own database; the machine this was tuned on has 2
// cores). TEST_WORKERS=1 runs them one at a time.
function jestWorkers() {
  const n = Number(process.env.TEST_WORKERS || 2)
  return Number.isInteger(n) && n > 0 ? n : 2
}

// Medusa's test runner reads DB_* variables; it enables SSL unless the host
// is literally "localhost", so 127.0.0.1 becomes localhost here.
function testDatabaseEnv(serverUrl) {
  const url = new URL(serverUrl)
  return {
    DB_HOST: url.hostname === "127.0.0.1" ? "localhost" : url.hostname,
    DB_PORT: url.port || "5432",
    DB_USERNAME: decodeURIComponent(url.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(url.password || ""),
  }
}

export async function runTests(jestArgs) {
  const checks = { passed: 0, failed: 0 }
  const record = (ok) => (ok ? checks.passed++ : checks.failed++)
  const onlyJest = jestArgs.length > 0

  const checking = onlyJest ? Promise.resolve() : staticChecks(record)

  // Tests never touch the `npm start` database: TEST_DATABASE_URL names a
  // server (not a database), else the local one, else an embedded one.
  const postgres = await step("finding PostgreSQL for tests", () =>
    discoverPostgres({
      env: { DATABASE_URL: process.env.TEST_DATABASE_URL },
      root: ROOT,
      purpose: "test",
      localUrl: LOCAL_SERVER_URL,
      log: info,
    })
  )
  info(`tests use PostgreSQL (${postgres.source}) at ${redact(postgres.url)}`)

  // The search suite runs its Meilisearch half against this one; every
  // other app under test uses the default (PostgreSQL) search.
  const meilisearch = await step(
    "starting Meilisearch for the search suite",
    () => startMeilisearch()
  )
  if (meilisearch.host) info(`Meilisearch for tests: ${meilisearch.source}`)
  else warn(`no Meilisearch for tests: ${meilisearch.reason}`)

  const chromium = await step("finding Chromium for the browser suites", () =>
    ensureChromium({ log: info })
  )
  if (chromium.path) info(`browser suites use ${chromium.path}`)
  else warn(`browser suites will skip: ${chromium.reason}`)

  const report = path.join(scratchDir(), `jest-${process.pid}.json`)
  // Evidence files the suites upload go to a folder of this run, removed
  // at its end (never the developer's .data/private-files).
  const privateFiles = path.join(scratchDir(), `files-${process.pid}`)
  // Suites that want Meilisearch or Stripe configure it themselves; a
  // developer's own settings never reach the apps under test.
  const {
    MEILISEARCH_HOST: _host,
    MEILISEARCH_API_KEY: _key,
    STRIPE_API_KEY: _stripeKey,
    STRIPE_WEBHOOK_SECRET: _stripeSecret,
    ...inherited
  } = process.env
  const env = {
    ...inherited,
    ...(meilisearch.host
      ? {
          TEST_MEILISEARCH_HOST: meilisearch.host,
          TEST_MEILISEARCH_API_KEY: meilisearch.apiKey,
        }
      : { TEST_MEILISEARCH_SKIP_REASON: meilisearch.reason }),
    ...(chromium.path
      ? { CHROMIUM_PATH: chromium.path }
      : { TEST_CHROMIUM_SKIP_REASON: chromium.reason }),
    ...testDatabaseEnv(postgres.url),
    NODE_ENV: "test",
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules --max-old-space-size=6144`.trim(),
    // Test-only secrets, fresh per run; tests never read the developer's .env.
    JWT_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
    HOUSEHOLD_DATA_KEY: crypto.randomBytes(32).toString("base64"),
    HOUSEHOLD_DATA_KEY_ID: "test",
    HOUSEHOLD_HASH_KEY: crypto.randomBytes(32).toString("base64"),
    DEMO_PASSWORD: crypto.randomBytes(12).toString("base64url"),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
    PRIVATE_FILES_DIR: privateFiles,
  }
  // One migrated schema that every app under test copies its database from.
  const template = await step("preparing the test schema", () =>
    prepareSchemaTemplate({ serverUrl: postgres.url, env, log: info })
  )
  env.TEST_SCHEMA_TEMPLATE = template
  // The browser suites' front ends, built once here rather than by whichever
  // suite comes first (two at a time would build them together).
  if (!onlyJest && chromium.path) {
    await step("building the storefront, the console and /app", () =>
      Promise.all([
        buildStorefront({ ...process.env, NODE_ENV: "production" }),
        buildConsole({ ...process.env, NODE_ENV: "production" }),
        buildDashboard({ ...process.env, NODE_ENV: "production" }),
      ])
    )
  }
  await checking

  const jestOk = runCheck(
    "jest",
    path.join(BIN, "jest"),
    [
      // Test files in `jestWorkers()` workers (each file boots a Medusa app
      // on a database of its own), each replaced by jest when a file leaves
      // it holding too much memory (workerIdleMemoryLimit in
      // jest.config.js): in one process, the memory Medusa's apps leave
      // behind grew to the 4 GB heap limit after ~35 files and the run died.
      `--maxWorkers=${jestWorkers()}`,
      "--forceExit",
      "--json",
      `--outputFile=${report}`,
      ...jestArgs,
    ],
    { env }
  )
  await postgres.stop().catch((error) => warn(`stopping PostgreSQL: ${error}`))
  await meilisearch.stop?.()

  fs.rmSync(privateFiles, { recursive: true, force: true })

  const counts = { passed: checks.passed, failed: checks.failed, skipped: 0 }
  if (fs.existsSync(report)) {
    const result = JSON.parse(fs.readFileSync(report, "utf8"))
    counts.passed += result.numPassedTests
    counts.failed += result.numFailedTests
    counts.skipped += result.numPendingTests + result.numTodoTests
    // A suite that failed to load has no failed tests but must still count.
    counts.failed += result.testResults.filter(
      (suite) =>
        suite.status === "failed" &&
        !suite.assertionResults.some((t) => t.status === "failed")
    ).length
    fs.rmSync(report, { force: true })
  } else if (!jestOk) {
    counts.failed += 1
  }
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : ""
  process.stdout.write(
    `\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`
  )
  return counts.failed === 0 && jestOk ? 0 : 1
}
