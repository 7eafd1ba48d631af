import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

// An invitation for one more staff member; only the token's hash is kept.
export const CooperativeInvite = model.define("cooperative_invite", {
  id: model.id({ prefix: "coopinv" }).primaryKey(),
  email: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "invites" }),
})
