import { model } from "@medusajs/framework/utils"

// The `bureau_user` actor: a commerce-bureau reviewer whose jurisdiction is a
// GB/T 2260 prefix: 2 digits (province), 4 (prefecture) or 6 (county).
// Created by a platform operator with a one-time invite (only its hash is
// kept) that the reviewer redeems after registering email + password.
export const BureauUser = model.define("bureau_user", {
  id: model.id({ prefix: "buruser" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  jurisdiction_code: model.text(),
  invite_token_hash: model.text().nullable(),
  invite_expires_at: model.dateTime().nullable(),
})
