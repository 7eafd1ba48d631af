import { model } from "@medusajs/framework/utils"
import { Batch } from "./batch"

// Append-only, modelled on GS1 EPCIS: what (type), when, where, who, why.
// A wrong event is never edited: a correcting event names it
// (`corrects_event_id`) and says why (`correction_reason`), as EPCIS's error
// declaration with its corrective event; an event is corrected at most once
// (a unique index), and a correction may itself be corrected.
export const TraceEvent = model.define("trace_event", {
  id: model.id({ prefix: "tev" }).primaryKey(),
  type: model.enum(["harvested", "inspected", "packed", "shipped", "received"]),
  occurred_at: model.dateTime(),
  place: model.text(),
  actor: model.text(),
  note: model.text().nullable(),
  attachments: model.json().nullable(),
  corrects_event_id: model.text().nullable(),
  correction_reason: model.text().nullable(),
  batch: model.belongsTo(() => Batch, { mappedBy: "trace_events" }),
})
