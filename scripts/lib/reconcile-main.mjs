import { spawnSync } from "node:child_process"
import { BACKEND_DIR, MEDUSA_BIN, ROOT } from "./context.mjs"
import { prepareDatabase } from "./database-setup.mjs"
import { applyEnv, ensureEnvFile } from "./env-file.mjs"
import { info, warn } from "./log.mjs"
import { discoverPostgres, redact, withDatabase } from "./postgres.mjs"

// `npm run reconcile`: checks every order's attribution ledger against its
// payments in the `npm start` database; exit code 1 when any differ.
export async function reconcileMain() {
  applyEnv(ensureEnvFile(ROOT).values)
  const postgres = await discoverPostgres({
    root: ROOT,
    purpose: "start",
    log: info,
  })
  try {
    const databaseUrl =
      postgres.source === "env"
        ? postgres.url
        : withDatabase(postgres.url, process.env.TIANFU_DB_NAME || "tianfu")
    info(`reconciling ${redact(databaseUrl)} (${postgres.source})`)
    const env = { ...process.env, DATABASE_URL: databaseUrl }
    await prepareDatabase({ databaseUrl, env, log: info })
    const result = spawnSync(
      MEDUSA_BIN,
      ["exec", "./src/scripts/reconcile.ts"],
      { cwd: BACKEND_DIR, env, stdio: "inherit" }
    )
    if (result.status !== 0) {
      warn("reconciliation found differences (see above)")
    }
    return result.status ?? 1
  } catch (error) {
    warn(`reconciliation failed: ${error?.stack ?? error}`)
    return 2
  } finally {
    await postgres.stop()
  }
}
