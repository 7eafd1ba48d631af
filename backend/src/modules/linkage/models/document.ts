import { model } from "@medusajs/framework/utils"

// A file a cooperative keeps as evidence: a payment's transfer receipt or
// an agreement's signed copy. The bytes live in Medusa's file module as a
// private file (never under the public /static folder); this row says whose
// it is, what it is (the type is read from the bytes, not the name) and its
// SHA-256, so the same file uploaded twice is one document. Append-only in
// the database, as the payout ledger it supports.
export const LinkageDocument = model
  .define("linkage_document", {
    id: model.id({ prefix: "ldoc" }).primaryKey(),
    cooperative_id: model.text(),
    file_id: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size: model.number(),
    sha256: model.text(),
    uploaded_by: model.text(),
  })
  .indexes([{ on: ["cooperative_id", "sha256"], unique: true }])
