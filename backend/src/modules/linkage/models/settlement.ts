import { model } from "@medusajs/framework/utils"

// How much of a payment went to one obligation: written with the payment
// in one transaction, append-only. A reversed payment's settlements stop
// counting (the reversal names the payment), which re-opens what they paid.
export const LinkageSettlement = model
  .define("linkage_settlement", {
    id: model.id({ prefix: "settle" }).primaryKey(),
    payout_id: model.text(),
    obligation_id: model.text(),
    amount: model.number(),
  })
  .indexes([{ on: ["obligation_id"] }, { on: ["payout_id"] }])
