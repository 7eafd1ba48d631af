import { model } from "@medusajs/framework/utils"

// Money a cooperative paid a member household under an agreement: an
// append-only ledger (the database refuses UPDATE and DELETE). A mistake is
// corrected by a reversal entry naming the payment it reverses, at most
// once. Amounts are positive fen; `entry` gives the direction. The
// reference is the cooperative's own (a transfer number, a receipt): one
// entry per cooperative and reference, so the same upload twice writes
// nothing the second time.
export const LinkagePayout = model
  .define("linkage_payout", {
    id: model.id({ prefix: "payout" }).primaryKey(),
    cooperative_id: model.text(),
    household_id: model.text(),
    agreement_id: model.text(),
    kind: model.enum(["purchase", "wage", "dividend", "land_rent"]),
    entry: model.enum(["payment", "reversal"]),
    amount: model.number(),
    paid_on: model.dateTime(),
    method: model.enum(["bank_transfer", "wechat_pay", "alipay", "cash"]),
    reference: model.text(),
    reverses_id: model.text().nullable(),
    note: model.text().nullable(),
    // The document (a transfer receipt) recorded with the payment, if any.
    evidence_document_id: model.text().nullable(),
    recorded_by: model.text(),
  })
  .indexes([
    { on: ["cooperative_id", "reference"], unique: true },
    { on: ["reverses_id"], unique: true, where: "reverses_id IS NOT NULL" },
    { on: ["household_id"] },
    { on: ["cooperative_id", "paid_on"] },
  ])
