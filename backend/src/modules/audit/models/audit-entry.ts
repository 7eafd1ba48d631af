import { model } from "@medusajs/framework/utils"

// One vendor or bureau write: who, what, when, and the before/after state
// with personal data already masked. Append-only.
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "audit" }).primaryKey(),
    actor_type: model.text(),
    actor_id: model.text(),
    action: model.text(),
    resource_type: model.text(),
    resource_id: model.text(),
    cooperative_id: model.text().nullable(),
    county_code: model.text().nullable(),
    before: model.json().nullable(),
    after: model.json().nullable(),
  })
  .indexes([
    { on: ["county_code", "created_at"] },
    { on: ["resource_type", "resource_id"] },
  ])
