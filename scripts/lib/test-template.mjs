import { spawnSync } from "node:child_process"
import { BACKEND_DIR, MEDUSA_BIN, ROOT } from "./context.mjs"
import { fingerprint } from "./fingerprint.mjs"
import { withDatabase } from "./postgres.mjs"

// The inputs of the schema: the same list `npm start` migrates on.
const SCHEMA_INPUTS = [
  "package-lock.json",
  "backend/medusa-config.ts",
  "backend/src/modules",
  "backend/src/links",
]
const PREFIX = "tianfu_test_schema_"

const quote = (name) => `"${name.replace(/"/g, '""')}"`

// Every HTTP and browser test file boots a Medusa app on a database of its
// own. Medusa's runner builds that database from nothing: ~120 migrations
// and the link tables, a third of each file's boot. Here the schema is built
// once, into a database named after the hash of what defines it, and each
// file's database is copied from it (tests/helpers/medusa-app.ts); the
// runner then finds nothing to migrate. A schema change gives a new hash and
// a new template; older ones are dropped. Kept between runs on the same
// server, so a second `npm test` with the same schema skips the build.
export async function prepareSchemaTemplate({ serverUrl, env, log }) {
  const name = `${PREFIX}${fingerprint(ROOT, SCHEMA_INPUTS)}`
  const { default: pg } = await import("pg")
  const client = new pg.Client({
    connectionString: withDatabase(serverUrl, "postgres"),
  })
  await client.connect()
  try {
    const { rows } = await client.query(
      `select datname, shobj_description(oid, 'pg_database') as built
         from pg_database where datname like $1`,
      [`${PREFIX}%`]
    )
    const names = rows.map((row) => row.datname)
    // Other schemas (older code, another checkout's) and builds that died
    // half-way, once a day old: a run of other code on the same server may
    // still be copying from a younger one.
    const dayAgo = Date.now() - 24 * 60 * 60 * 1000
    for (const row of rows) {
      if (row.datname === name || !(Number(row.built) < dayAgo)) continue
      await client
        .query(`drop database if exists ${quote(row.datname)} with (force)`)
        .catch(() => undefined)
    }
    if (names.includes(name)) {
      log(`schema template ${name} is current; not migrating`)
      return name
    }
    // Built under a temporary name and renamed when complete, so a run that
    // dies mid-way never leaves a half-migrated template under the real one.
    const building = `${name}_${process.pid}`
    await client.query(`create database ${quote(building)}`)
    await client.query(
      `comment on database ${quote(building)} is '${Date.now()}'`
    )
    const result = spawnSync(MEDUSA_BIN, ["db:migrate"], {
      cwd: BACKEND_DIR,
      env: { ...env, DATABASE_URL: withDatabase(serverUrl, building) },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    })
    if (result.status !== 0) {
      await client.query(`drop database if exists ${quote(building)}`)
      throw new Error(
        `medusa db:migrate for the test schema failed:\n${result.stdout}\n${result.stderr}`
      )
    }
    try {
      await client.query(
        `alter database ${quote(building)} rename to ${quote(name)}`
      )
    } catch (error) {
      // Another run finished the same schema first: use that one.
      await client.query(`drop database if exists ${quote(building)}`)
      if (!/already exists/.test(String(error))) throw error
    }
    log(`schema template ${name} built`)
    return name
  } finally {
    await client.end()
  }
}
