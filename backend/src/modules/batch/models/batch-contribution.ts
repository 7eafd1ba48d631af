import { model } from "@medusajs/framework/utils"
import { Batch } from "./batch"

// Who supplied how much of a batch: a registered household (household_id)
// or a non-registered supplier (supplier_name), never both.
export const BatchContribution = model.define("batch_contribution", {
  id: model.id({ prefix: "bcon" }).primaryKey(),
  household_id: model.text().index().nullable(),
  supplier_name: model.text().nullable(),
  quantity: model.number(),
  batch: model.belongsTo(() => Batch, { mappedBy: "contributions" }),
})
