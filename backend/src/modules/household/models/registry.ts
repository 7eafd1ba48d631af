import { model } from "@medusajs/framework/utils"

// One upload by a reviewer — a county registry, or an aid list (kind aid,
// whose records the oversight module keeps): its progress while it runs
// (the console polls it) and what it did.
export const RegistryImport = model.define("registry_import", {
  id: model.id({ prefix: "regimp" }).primaryKey(),
  kind: model.enum(["registry", "aid"]).default("registry"),
  bureau_user_id: model.text(),
  jurisdiction_code: model.text().index(),
  filename: model.text(),
  // What the file turned out to be: csv-utf8, csv-gbk or xlsx.
  format: model.text().nullable(),
  status: model
    .enum(["waiting", "running", "completed", "failed"])
    .default("waiting"),
  rows_read: model.number().default(0),
  rows_created: model.number().default(0),
  rows_updated: model.number().default(0),
  rows_unchanged: model.number().default(0),
  rows_failed: model.number().default(0),
  rows_missing: model.number().default(0),
  // Why a whole file was refused (a missing column, not CSV).
  failure: model.text().nullable(),
  started_at: model.dateTime().nullable(),
  finished_at: model.dateTime().nullable(),
})

// A refused row: its line, the field and why — never the value.
export const RegistryImportError = model
  .define("registry_import_error", {
    id: model.id({ prefix: "regerr" }).primaryKey(),
    import_id: model.text(),
    row_number: model.number(),
    field: model.text(),
    reason: model.text(),
  })
  .indexes([{ on: ["import_id", "row_number"] }])

// Income a household had from outside the marketplace in a year, as the
// registry records it (fen): wages from work elsewhere, transfers
// (pensions, subsidies, the minimum living allowance), property income.
export const HouseholdOtherIncome = model
  .define("household_other_income", {
    id: model.id({ prefix: "hhinc" }).primaryKey(),
    household_id: model.text(),
    year: model.number(),
    wage: model.number(),
    transfer: model.number(),
    property: model.number(),
  })
  .indexes([{ on: ["household_id", "year"], unique: true }])
