import { spawnSync } from "node:child_process"
import { BACKEND_DIR, MEDUSA_BIN } from "./context.mjs"
import { prepareDatabase } from "./database-setup.mjs"
import { info, warn } from "./log.mjs"
import { withStartDatabase } from "./start-database.mjs"

// Runs one backend script (`medusa exec`) against the `npm start` database,
// migrating and seeding it first if needed. Returns the script's exit code
// (2 when it could not run at all). `npm run reconcile` and
// `npm run search:reindex` are this.
export async function execOnStartDatabase({
  verb,
  script,
  args = [],
  failure,
}) {
  try {
    return await withStartDatabase(verb, async (databaseUrl) => {
      const env = { ...process.env, DATABASE_URL: databaseUrl }
      await prepareDatabase({ databaseUrl, env, log: info })
      // medusa exec's own parser refuses unknown --flags, so they reach the
      // script as plain words ("--repair" becomes "repair").
      const words = args.map((arg) => arg.replace(/^-+/, ""))
      const result = spawnSync(MEDUSA_BIN, ["exec", script, ...words], {
        cwd: BACKEND_DIR,
        env,
        stdio: "inherit",
      })
      if (result.status !== 0) warn(failure)
      return result.status ?? 1
    })
  } catch (error) {
    warn(`${verb} failed: ${error?.stack ?? error}`)
    return 2
  }
}
