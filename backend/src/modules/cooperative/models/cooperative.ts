import { model } from "@medusajs/framework/utils"
import { CooperativeCertification } from "./cooperative-certification"
import { CooperativeCountyGrant } from "./cooperative-county-grant"
import { CooperativeInvite } from "./cooperative-invite"
import { CooperativeUser } from "./cooperative-user"

// The seller: a farmers' cooperative, pending until a bureau approves it.
export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    name: model.text(),
    handle: model.text().unique(),
    credit_code: model.text().unique(),
    county_code: model.text().index(),
    status: model.enum(["pending", "approved", "suspended"]).default("pending"),
    status_reason: model.text().nullable(),
    story: model.text().nullable(),
    logo_url: model.text().nullable(),
    contact_email: model.text(),
    certifications: model.hasMany(() => CooperativeCertification, {
      mappedBy: "cooperative",
    }),
    users: model.hasMany(() => CooperativeUser, { mappedBy: "cooperative" }),
    invites: model.hasMany(() => CooperativeInvite, {
      mappedBy: "cooperative",
    }),
    county_grants: model.hasMany(() => CooperativeCountyGrant, {
      mappedBy: "cooperative",
    }),
  })
  .cascades({ delete: ["certifications", "users", "invites", "county_grants"] })
