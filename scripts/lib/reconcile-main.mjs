import { spawnSync } from "node:child_process"
import { BACKEND_DIR, MEDUSA_BIN } from "./context.mjs"
import { prepareDatabase } from "./database-setup.mjs"
import { info, warn } from "./log.mjs"
import { withStartDatabase } from "./start-database.mjs"

// `npm run reconcile`: checks every order's attribution ledger against its
// payments in the `npm start` database; exit code 1 when any differ.
export async function reconcileMain() {
  try {
    return await withStartDatabase("reconciling", async (databaseUrl) => {
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
    })
  } catch (error) {
    warn(`reconciliation failed: ${error?.stack ?? error}`)
    return 2
  }
}
