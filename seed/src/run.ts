import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { seedBaseStore } from "./base-store"
import { DEMO_ADMIN_EMAIL } from "./constants"
import { ensureAdminUser } from "./demo-accounts"

// Entry point for `medusa exec`: idempotent, safe to run on every start.
// SEED_RESULT_FILE, when set, receives what the start script prints.
export default async function seed({ container }: ExecArgs): Promise<void> {
  const password = process.env.DEMO_PASSWORD
  if (!password) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "DEMO_PASSWORD is not set"
    )
  }
  const store = await seedBaseStore(container)
  await ensureAdminUser(container, DEMO_ADMIN_EMAIL, password)
  const resultFile = process.env.SEED_RESULT_FILE
  if (resultFile) {
    const result = { ...store, adminEmail: DEMO_ADMIN_EMAIL }
    fs.writeFileSync(resultFile, JSON.stringify(result, null, 2))
  }
}
