import { model } from "@medusajs/framework/utils"

// What a cooperative owes a member household, in fen: for produce a batch
// took from it (contributed quantity × the batch's purchase price), for
// days worked, a year's dividend or a lease year. One per source and
// household, so recording the same source twice owes nothing more. Paid
// by payouts through settlements; what is still outstanding is its amount
// less `settled`.
export const LinkageObligation = model
  .define("linkage_obligation", {
    id: model.id({ prefix: "oblig" }).primaryKey(),
    cooperative_id: model.text(),
    household_id: model.text(),
    agreement_id: model.text().nullable(),
    kind: model.enum(["purchase", "wage", "dividend", "land_rent"]),
    amount: model.number(),
    // batch: a batch id; otherwise "<agreement id>:<period>".
    source_type: model.enum(["batch", "work", "surplus", "lease"]),
    source_id: model.text(),
    // What it is for, as the cooperative stated it (e.g. "22 days in June").
    basis: model.text().nullable(),
    due_on: model.dateTime(),
    // What standing payments settled of it: a rollup of its settlements,
    // kept in the payment's transaction (0 ≤ settled ≤ amount, enforced).
    settled: model.number().default(0),
    // For produce: contributed quantity × the floor price in force at
    // harvest, what the floor-price compliance report holds payments to.
    floor_amount: model.number().nullable(),
  })
  .indexes([
    { on: ["source_type", "source_id", "household_id"], unique: true },
    { on: ["cooperative_id", "household_id", "kind", "due_on"] },
  ])
