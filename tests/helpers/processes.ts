import { type ChildProcess, spawn } from "node:child_process"
import readline from "node:readline"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import supertest from "supertest"
import type { HttpSuite } from "./medusa-app"
import { freePort } from "./ports"
import { redisCommand, redisReachableSync } from "./redis"

type ContextLib = typeof import("../../scripts/lib/context.mjs")
type BuildLib = typeof import("../../scripts/lib/build.mjs")

export type WorkerMode = "server" | "worker"

// One `medusa start` of the production build, in its own process group so
// that a kill reaches whatever it spawned.
export type MedusaProcess = {
  name: string
  mode: WorkerMode
  port: number
  url: string
  child: ChildProcess
  exited: Promise<void>
}

// A Redis database of the suite's own (its index replaces the URL's), so a
// developer's `npm start` on database 0 is never touched. TEST_REDIS_URL or
// REDIS_URL name the server; the local one otherwise.
export function suiteRedisUrl(database: number): string {
  const url = new URL(
    process.env.TEST_REDIS_URL ||
      process.env.REDIS_URL ||
      "redis://127.0.0.1:6379"
  )
  url.pathname = `/${database}`
  return url.toString()
}

// Jest picks describe or describe.skip while collecting, before any hook, so
// the probe is synchronous. Without Redis the file is skipped with a printed
// reason, never passed.
export function describeWithRedis(
  redisUrl: string,
  name: string,
  suite: () => void
): void {
  if (redisReachableSync(redisUrl)) {
    describe(name, suite)
    return
  }
  const reason = `no Redis answers at ${redisUrl}`
  // Written past jest's console capture, which drops the output of a file
  // whose tests are all skipped.
  process.stdout.write(`SKIPPED ${name}: ${reason}\n`)
  describe.skip(`${name} (${reason})`, suite)
}

export async function flushRedis(redisUrl: string): Promise<void> {
  const reply = await redisCommand(redisUrl, ["FLUSHDB"])
  if (!reply.startsWith("+OK")) {
    throw new Error(`FLUSHDB on ${redisUrl}: ${reply}`)
  }
}

// The throw-away database the in-process app was booted on, as a URL the
// child processes can use. The runner built it from DB_* (set by
// scripts/lib/test-main.mjs); its name is known only to the connection.
export async function testDatabaseUrl(
  container: MedusaContainer
): Promise<string> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const {
    rows: [{ name }],
  } = await knex.raw("select current_database() as name")
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD
    ? `:${encodeURIComponent(process.env.DB_PASSWORD)}`
    : ""
  const host = process.env.DB_HOST || "localhost"
  const port = process.env.DB_PORT || "5432"
  return `postgres://${user}${password}@${host}:${port}/${encodeURIComponent(name)}`
}

// supertest bound to a child's URL: what the checkout helpers take.
export function requestTo(url: string): HttpSuite["request"] {
  return () => supertest(url)
}

// Builds the production server with `npm start`'s own step (skipped when
// nothing changed since the last build) and says where it lives.
export async function builtBackend(): Promise<{
  dir: string
  medusaBin: string
}> {
  const { BUILT_BACKEND_DIR, MEDUSA_BIN }: ContextLib =
    await import("../../scripts/lib/context.mjs")
  const { buildBackend }: BuildLib = await import("../../scripts/lib/build.mjs")
  await buildBackend({ ...childBaseEnv(), NODE_ENV: "production" })
  return { dir: BUILT_BACKEND_DIR, medusaBin: MEDUSA_BIN }
}

// What a child inherits: the test run's secrets (so tokens issued by the
// in-process app are valid in the children and household data decrypts the
// same), never jest's own variables or a developer's search/payment settings.
function childBaseEnv(): NodeJS.ProcessEnv {
  const passed =
    /^(PATH|HOME|LANG|LC_.*|TZ|TMPDIR|JWT_SECRET|COOKIE_SECRET|HOUSEHOLD_.*|PRIVATE_FILES_DIR)$/
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => passed.test(key))
  )
}

const LOG_TAIL = 200
// Lines printed live per process; the rest is kept in the tail only.
const LIVE_LINES = 40

// Starts, kills and restarts the built server's processes on one database
// and one Redis database, and makes sure none outlives the test file: every
// process is killed by its process group in stopAll(), and on exit of jest
// itself (e.g. Ctrl-C) as a last resort.
export class MedusaCluster {
  private readonly processes = new Set<MedusaProcess>()
  private readonly tails = new Map<string, string[]>()
  private readonly killOnExit = () => {
    for (const process_ of this.processes) killGroup(process_.child, "SIGKILL")
  }

  constructor(
    private readonly backend: { dir: string; medusaBin: string },
    private readonly env: { databaseUrl: string; redisUrl: string }
  ) {
    process.on("exit", this.killOnExit)
  }

  // Starts `medusa start` in `mode` (on `port` when restarting one) and
  // waits until /health answers.
  async start(
    name: string,
    mode: WorkerMode,
    port?: number
  ): Promise<MedusaProcess> {
    const listen = port ?? (await freePort())
    const child = spawn(this.backend.medusaBin, ["start"], {
      cwd: this.backend.dir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...childBaseEnv(),
        NODE_ENV: "production",
        PORT: String(listen),
        DATABASE_URL: this.env.databaseUrl,
        REDIS_URL: this.env.redisUrl,
        MEDUSA_WORKER_MODE: mode,
        LOG_LEVEL: "warn",
        DISABLE_MEDUSA_ADMIN: "true",
        MEDUSA_DISABLE_TELEMETRY: "true",
        MEDUSA_BACKEND_URL: `http://localhost:${listen}`,
      },
    })
    const tail = this.tails.get(name) ?? []
    this.tails.set(name, tail)
    let live = 0
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream! }).on("line", (line) => {
        tail.push(line)
        if (tail.length > LOG_TAIL) tail.shift()
        if (live++ < LIVE_LINES) {
          process.stdout.write(`${name.padEnd(9)}| ${line}\n`)
        }
      })
    }
    const exited = new Promise<void>((resolve) => child.once("exit", resolve))
    const started: MedusaProcess = {
      name,
      mode,
      port: listen,
      url: `http://127.0.0.1:${listen}`,
      child,
      exited,
    }
    this.processes.add(started)
    void exited.then(() => this.processes.delete(started))
    await this.waitForHealth(started)
    return started
  }

  // kill -9 of the whole process group; resolves once the process is gone.
  async kill9(target: MedusaProcess): Promise<void> {
    killGroup(target.child, "SIGKILL")
    await target.exited
  }

  async stopAll(): Promise<void> {
    const alive = [...this.processes]
    for (const target of alive) killGroup(target.child, "SIGKILL")
    await Promise.all(alive.map((target) => target.exited))
    process.off("exit", this.killOnExit)
  }

  // The last lines a process printed, to explain a failure.
  tail(name: string): string {
    return (this.tails.get(name) ?? []).join("\n")
  }

  private async waitForHealth(target: MedusaProcess, timeoutMs = 180_000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (target.child.exitCode !== null || target.child.signalCode) {
        throw new Error(
          `${target.name} exited (${target.child.exitCode ?? target.child.signalCode}) before answering:\n${this.tail(target.name)}`
        )
      }
      const ok = await fetch(`${target.url}/health`)
        .then((response) => response.ok)
        .catch(() => false)
      if (ok) return
      if (Date.now() > deadline) {
        throw new Error(
          `${target.name} did not answer within ${timeoutMs / 1000} s:\n${this.tail(target.name)}`
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.exitCode !== null || child.signalCode) return
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
