import { model } from "@medusajs/framework/utils"

// One movement of attributed money, in integer fen: a household's share of a
// sold line (household_id set) or the cooperative's remainder (household_id
// null). Append-only in the database; a refund is a new `refund` entry.
// (source_event_id, line_item_id, batch_id, household_id) is unique, so a
// replayed event writes nothing (see the migration).
export const AttributionEntry = model
  .define("attribution_entry", {
    id: model.id({ prefix: "attr" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    batch_id: model.text().nullable(),
    household_id: model.text().nullable(),
    cooperative_id: model.text(),
    county_code: model.text(),
    amount: model.number(),
    kind: model.enum(["sale", "refund"]),
    source_event_id: model.text(),
    // When the money moved (capture or refund), which decides the report period.
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["household_id"] },
    { on: ["cooperative_id", "occurred_at"] },
  ])
