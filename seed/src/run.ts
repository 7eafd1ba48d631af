import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { reindexSearch } from "../../backend/src/workflows/search/utils/reindex"
import { seedBaseStore } from "./base-store"
import { DEMO_ADMIN_EMAIL } from "./constants"
import { DEMO_LOGINS, ownerEmail } from "./demo/accounts"
import { DEMO_COOPERATIVES } from "./demo/data/catalog"
import { seedDemo } from "./demo/seed-demo"
import { ensureAdminUser } from "./demo-accounts"

// Entry point for `medusa exec`: idempotent, safe to run on every start.
// SEED_PROFILE=base stops after the base store; SEED_ORDERS sets how many
// historical orders the demo gets (200); SEED_RESULT_FILE, when set,
// receives what the start script prints.
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
  if (process.env.SEED_PROFILE !== "base") {
    // SEED_ORDERS=0 leaves the historical orders out.
    const orders = Number(process.env.SEED_ORDERS ?? 200)
    await seedDemo(container, {
      password,
      store,
      orders: Number.isSafeInteger(orders) && orders >= 0 ? orders : 200,
    })
    // The product events have queued the same work; one full pass makes the
    // index complete before the backend starts serving it.
    await reindexSearch(container)
  }
  const resultFile = process.env.SEED_RESULT_FILE
  if (resultFile) {
    const result = {
      ...store,
      adminEmail: DEMO_ADMIN_EMAIL,
      logins: {
        cooperatives: DEMO_COOPERATIVES.slice(0, 1)
          .concat(
            DEMO_COOPERATIVES.filter((c) => c.county_code === "510824").slice(
              0,
              1
            )
          )
          .map((c) => ({ name: c.name, email: ownerEmail(c.handle) })),
        bureau: [
          DEMO_LOGINS.prefectureReviewer,
          DEMO_LOGINS.countyReviewer,
          DEMO_LOGINS.provinceReviewer,
        ].map((r) => ({
          name: r.name,
          email: r.email,
          jurisdiction: r.jurisdiction_code,
        })),
        customer: DEMO_LOGINS.customer.email,
      },
    }
    fs.writeFileSync(resultFile, JSON.stringify(result, null, 2))
  }
}
