import type { MedusaContainer } from "@medusajs/framework/types"
import { runReconciliation } from "../workflows/attribution/utils/run-reconciliation"

// Nightly: every order's ledger against its captured and refunded money.
export default async function reconcileAttributionJob(
  container: MedusaContainer
) {
  await runReconciliation(container)
}

export const config = {
  name: "reconcile-attribution",
  // 03:15 every night, after the day's captures and refunds have settled.
  schedule: "15 3 * * *",
}
