import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attributeOrderPaymentsWorkflow } from "../workflows/attribute-order-payments"
import { findLedgerDifferences } from "./reconcile"

export type LedgerRepair = {
  orders_checked: number
  orders_touched: number
  entries_written: number
  // Fen added to and taken from ledgers; their difference is the change.
  fen_added: number
  fen_removed: number
  // Orders still different after the repair (refused: a version that does
  // not add up) for a person to look at.
  still_different: string[]
}

// `npm run reconcile -- --repair`: every order reconciliation finds wrong is
// run through attribution again, which appends what brings its ledger to
// the target ("correction:<order>:<n>" entries, never an update). Running
// it twice changes nothing the second time.
export async function repairLedgers(
  container: MedusaContainer
): Promise<LedgerRepair> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const found = await findLedgerDifferences(container)
  const repair: LedgerRepair = {
    orders_checked: found.orders_checked,
    orders_touched: 0,
    entries_written: 0,
    fen_added: 0,
    fen_removed: 0,
    still_different: [],
  }
  for (const [i, difference] of found.differences.entries()) {
    const { result } = await attributeOrderPaymentsWorkflow(container).run({
      input: { order_id: difference.order_id },
    })
    if (result.written) repair.orders_touched++
    repair.entries_written += result.written
    repair.fen_added += result.sales
    repair.fen_removed += result.refunds
    if ((i + 1) % 100 === 0) {
      logger.info(`repair: ${i + 1}/${found.differences.length} orders`)
    }
  }
  const after = await findLedgerDifferences(container)
  repair.still_different = after.differences.map((d) => d.order_id)
  return repair
}
