import { model } from "@medusajs/framework/utils"
import { ReconciliationRun } from "./reconciliation-run"

// An order whose ledger does not match its money, as found by one run.
export const ReconciliationDifference = model
  .define("reconciliation_difference", {
    id: model.id({ prefix: "recdif" }).primaryKey(),
    order_id: model.text(),
    // Counties the order's money belongs to, for bureau scoping.
    county_codes: model.array(),
    expected: model.number(),
    actual: model.number(),
    run: model.belongsTo(() => ReconciliationRun, { mappedBy: "differences" }),
  })
  .indexes([{ on: ["order_id"] }])
