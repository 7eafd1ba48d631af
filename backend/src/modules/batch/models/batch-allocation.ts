import { model } from "@medusajs/framework/utils"
import { Batch } from "./batch"

// Units of a batch promised to one order line. Written in the transaction
// that moves batch.allocated_quantity, so the counter and its records never
// disagree, and a retried allocation finds what an interrupted one did. The
// line is a plain id, as the inventory module's reservation_item keeps it.
export const BatchAllocation = model
  .define("batch_allocation", {
    id: model.id({ prefix: "balloc" }).primaryKey(),
    line_item_id: model.text(),
    quantity: model.number(),
    // Set when the order is canceled and the units are given back.
    released_at: model.dateTime().nullable(),
    batch: model.belongsTo(() => Batch, { mappedBy: "allocations" }),
  })
  .indexes([
    { on: ["line_item_id", "batch_id"], unique: true },
    { on: ["line_item_id"] },
  ])
