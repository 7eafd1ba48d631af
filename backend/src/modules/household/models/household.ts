import { model } from "@medusajs/framework/utils"

// A card-filed poor household (建档立卡户). The ID number and phone are kept
// only as AES-256-GCM tokens plus a masked copy for display; the HMAC of the
// ID number is what makes a second registration of the same person a 422.
export const Household = model.define("household", {
  id: model.id({ prefix: "hh" }).primaryKey(),
  registry_number: model.text().unique(),
  county_code: model.text().index(),
  township: model.text(),
  village: model.text(),
  head_name: model.text(),
  id_number_encrypted: model.text(),
  id_number_hash: model.text().unique(),
  id_number_masked: model.text(),
  phone_encrypted: model.text().nullable(),
  phone_masked: model.text().nullable(),
  member_count: model.number(),
  // From a registry file that lists one person a row: each member's
  // relation to the head and ID number (encrypted, keyed hash, masked, as
  // the head's). Null when the registry gave a count only.
  members: model.json().nullable(),
  poverty_cause: model.text().nullable(),
  status: model
    .enum(["registered", "lifted", "monitored", "returned"])
    .default("registered"),
  status_year: model.number().nullable(),
  // The registry allows the minimum living allowance beside poor-household
  // support (兜底保障); null when it does not say.
  dual_support: model.boolean().nullable(),
  verification: model
    .enum(["pending", "verified", "rejected"])
    .default("pending"),
  verification_note: model.text().nullable(),
  // Where the household came from: typed in by a cooperative, or imported
  // from the county's registry (which also verifies it).
  source: model.enum(["cooperative", "registry"]).default("cooperative"),
  year_identified: model.number().nullable(),
  // Keyed hash of the registry row as last imported: the same row again
  // changes nothing.
  registry_fingerprint: model.text().nullable(),
  // The last import whose file listed the household, and since when a
  // later file of its county has not (the reviewer confirms the removal).
  registry_import_id: model.text().nullable(),
  registry_missing_since: model.dateTime().nullable(),
})
