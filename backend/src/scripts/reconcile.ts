import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairLedgers } from "../workflows/attribution/utils/repair-ledgers"
import { runReconciliation } from "../workflows/attribution/utils/run-reconciliation"

// `npm run reconcile` (medusa exec): exits 1 when any order's ledger
// differs. With `--repair`, first appends the corrections that bring every
// wrong ledger to its target and reports what they moved.
export default async function reconcile({ container, args }: ExecArgs) {
  // npm run reconcile -- --repair arrives as the word "repair".
  if (args?.some((arg) => arg.replace(/^-+/, "") === "repair")) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const repair = await repairLedgers(container)
    logger.info(
      `repair: ${repair.orders_checked} orders checked, ${repair.orders_touched} corrected with ${repair.entries_written} entries: +${repair.fen_added} fen, −${repair.fen_removed} fen (net ${repair.fen_added - repair.fen_removed} fen)`
    )
    for (const id of repair.still_different) {
      logger.warn(`  ${id} still differs: its order version does not add up`)
    }
  }
  const { differences } = await runReconciliation(container)
  if (differences.length) {
    process.exitCode = 1
  }
}
