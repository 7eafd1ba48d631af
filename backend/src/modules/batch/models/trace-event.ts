import { model } from "@medusajs/framework/utils"
import { Batch } from "./batch"

// Append-only, modelled on GS1 EPCIS: what (type), when, where, who, why.
export const TraceEvent = model.define("trace_event", {
  id: model.id({ prefix: "tev" }).primaryKey(),
  type: model.enum(["harvested", "inspected", "packed", "shipped", "received"]),
  occurred_at: model.dateTime(),
  place: model.text(),
  actor: model.text(),
  note: model.text().nullable(),
  attachments: model.json().nullable(),
  batch: model.belongsTo(() => Batch, { mappedBy: "trace_events" }),
})
