import { ROOT } from "./context.mjs"
import { prepareDatabase } from "./database-setup.mjs"
import { applyEnv, ensureEnvFile } from "./env-file.mjs"
import { info, warn } from "./log.mjs"
import { discoverPostgres, redact, withDatabase } from "./postgres.mjs"

export async function seedMain() {
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
    info(`seeding ${redact(databaseUrl)} (${postgres.source})`)
    const base = await prepareDatabase({
      databaseUrl,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      log: info,
      forceSeed: true,
    })
    info(
      `done: operator ${base.adminEmail}, publishable key ${base.publishableKey}`
    )
    return 0
  } catch (error) {
    warn(`seed failed: ${error?.stack ?? error}`)
    return 1
  } finally {
    await postgres.stop()
  }
}
