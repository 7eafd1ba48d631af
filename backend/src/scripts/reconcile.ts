import type { ExecArgs } from "@medusajs/framework/types"
import { runReconciliation } from "../lib/attribution/run-reconciliation"

// `npm run reconcile` (medusa exec): exits 1 when any order's ledger differs.
export default async function reconcile({ container }: ExecArgs) {
  const { differences } = await runReconciliation(container)
  if (differences.length) {
    process.exitCode = 1
  }
}
