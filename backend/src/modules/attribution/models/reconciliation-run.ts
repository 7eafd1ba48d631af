import { model } from "@medusajs/framework/utils"
import { ReconciliationDifference } from "./reconciliation-difference"

// One pass of the reconciliation: every captured order's ledger total
// compared with captured minus refunded net line amount.
export const ReconciliationRun = model.define("reconciliation_run", {
  id: model.id({ prefix: "recrun" }).primaryKey(),
  started_at: model.dateTime(),
  finished_at: model.dateTime().nullable(),
  orders_checked: model.number().default(0),
  difference_count: model.number().default(0),
  differences: model.hasMany(() => ReconciliationDifference, {
    mappedBy: "run",
  }),
})
