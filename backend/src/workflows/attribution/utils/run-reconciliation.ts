import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordReconciliationWorkflow } from "../workflows/record-reconciliation"
import { findLedgerDifferences } from "./reconcile"

// One reconciliation pass, as run by the nightly job and `npm run
// reconcile`: check every order, store the outcome, log a summary.
export async function runReconciliation(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const startedAt = new Date()
  let reported = 0
  const found = await findLedgerDifferences(container, {
    onProgress: (checked, total) => {
      if (checked - reported >= 1000 || checked === total) {
        reported = checked
        logger.info(`reconciliation: ${checked}/${total} orders checked`)
      }
    },
  })
  const { result } = await recordReconciliationWorkflow(container).run({
    input: { started_at: startedAt, ...found },
  })
  const summary = `reconciliation ${result.run.id}: ${found.orders_checked} orders, ${found.differences.length} differences`
  if (found.differences.length) {
    logger.warn(summary)
    for (const d of found.differences.slice(0, 20)) {
      logger.warn(
        `  ${d.order_id}: ledger ${d.actual} fen, expected ${d.expected} fen`
      )
    }
  } else {
    logger.info(summary)
  }
  return { run: result.run, ...found }
}
