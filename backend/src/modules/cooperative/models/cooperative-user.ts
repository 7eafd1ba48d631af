import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

// The `cooperative_user` actor: staff of exactly one cooperative.
export const CooperativeUser = model.define("cooperative_user", {
  id: model.id({ prefix: "coopusr" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  role: model.enum(["owner", "member"]).default("member"),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "users" }),
})
