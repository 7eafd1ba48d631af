import { model } from "@medusajs/framework/utils"
import { BatchAllocation } from "./batch-allocation"
import { BatchContribution } from "./batch-contribution"
import { TraceEvent } from "./trace-event"

// A traceable lot of one product variant. `quantity` is in `unit`;
// `stock_quantity` is how many sellable variant units it adds to inventory.
export const Batch = model
  .define("batch", {
    id: model.id({ prefix: "batch" }).primaryKey(),
    trace_code: model.text().unique(),
    cooperative_id: model.text().index(),
    county_code: model.text().index(),
    village: model.text(),
    harvested_at: model.dateTime(),
    quantity: model.number(),
    unit: model.enum(["kg", "g", "piece", "l"]),
    stock_quantity: model.number(),
    // Fen paid to suppliers per unit of `unit` (null: not recorded). Each
    // member household's purchase obligation is its contribution × this.
    purchase_price: model.number().nullable(),
    // Units of stock_quantity promised to placed orders: the sum of the
    // batch's unreleased allocations, moved with them (see allocateUnits).
    allocated_quantity: model.number().default(0),
    certifications: model.array(),
    // Voided (recorded in error, nothing of it ever sold): its stock was
    // withdrawn and no order is allocated to it; the reason is required.
    voided_at: model.dateTime().nullable(),
    void_reason: model.text().nullable(),
    inspection: model.json().nullable(),
    contributions: model.hasMany(() => BatchContribution, {
      mappedBy: "batch",
    }),
    trace_events: model.hasMany(() => TraceEvent, { mappedBy: "batch" }),
    allocations: model.hasMany(() => BatchAllocation, { mappedBy: "batch" }),
  })
  .cascades({ delete: ["contributions", "trace_events"] })
