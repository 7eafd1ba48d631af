import { prepareDatabase } from "./database-setup.mjs"
import { info, warn } from "./log.mjs"
import { withStartDatabase } from "./start-database.mjs"

export async function seedMain() {
  try {
    return await withStartDatabase("seeding", async (databaseUrl) => {
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
    })
  } catch (error) {
    warn(`seed failed: ${error?.stack ?? error}`)
    return 1
  }
}
