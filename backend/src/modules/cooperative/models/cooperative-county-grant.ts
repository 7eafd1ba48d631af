import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

// A county a reviewer lets a cooperative operate in besides its own: it may
// register and join households there. Revoking keeps the row (revoked_at),
// so who was allowed where, and when, stays on record.
export const CooperativeCountyGrant = model.define("cooperative_county_grant", {
  id: model.id({ prefix: "ccgrant" }).primaryKey(),
  county_code: model.text().index(),
  reason: model.text(),
  granted_by: model.text(),
  revoked_at: model.dateTime().nullable(),
  revoked_by: model.text().nullable(),
  cooperative: model.belongsTo(() => Cooperative, {
    mappedBy: "county_grants",
  }),
})
