import { ROOT } from "./context.mjs"
import { applyEnv, ensureEnvFile } from "./env-file.mjs"
import { info } from "./log.mjs"
import { discoverPostgres, redact, withDatabase } from "./postgres.mjs"

// Runs `work` against the database `npm start` uses (DATABASE_URL, else
// `tianfu` on the local or embedded server), stopping an embedded server
// afterwards. `npm run seed` and `npm run reconcile` share this;
// `npm run seed:scale` passes its own database name, used on whichever
// server that is (DATABASE_URL's included).
export async function withStartDatabase(verb, work, databaseName) {
  applyEnv(ensureEnvFile(ROOT).values)
  const postgres = await discoverPostgres({
    root: ROOT,
    purpose: "start",
    log: info,
  })
  try {
    const databaseUrl = databaseName
      ? withDatabase(postgres.url, databaseName)
      : postgres.source === "env"
        ? postgres.url
        : withDatabase(postgres.url, process.env.TIANFU_DB_NAME || "tianfu")
    info(`${verb} ${redact(databaseUrl)} (${postgres.source})`)
    return await work(databaseUrl)
  } finally {
    await postgres.stop()
  }
}
