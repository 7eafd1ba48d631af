import { model } from "@medusajs/framework/utils"

// A slip's QR code: a random token, kept only as its SHA-256, single use,
// expiring. A payout may get several (a lost slip is printed again).
export const LinkageConfirmationToken = model
  .define("linkage_confirmation_token", {
    id: model.id({ prefix: "pctok" }).primaryKey(),
    payout_id: model.text(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    issued_by: model.text(),
  })
  .indexes([{ on: ["token_hash"], unique: true }, { on: ["payout_id"] }])

// What the household (or the village's first secretary on its behalf)
// answered on a slip: one answer per payout (on whichever of its slips),
// append-only.
export const LinkagePayoutResponse = model
  .define("linkage_payout_response", {
    id: model.id({ prefix: "pcresp" }).primaryKey(),
    payout_id: model.text(),
    token_id: model.text(),
    outcome: model.enum(["confirmed", "not_received", "wrong_amount"]),
    responder: model.enum(["household", "first_secretary"]),
    note: model.text().nullable(),
    // The household's county: whose reviewers see a dispute.
    county_code: model.text(),
  })
  .indexes([
    { on: ["token_id"], unique: true },
    { on: ["payout_id"], unique: true },
    { on: ["county_code", "outcome"] },
  ])

// A reviewer's decision on a disputed answer, with a reason (one per
// answer; the audit entry written with it is the immutable record).
export const LinkageDisputeResolution = model
  .define("linkage_dispute_resolution", {
    id: model.id({ prefix: "pcres" }).primaryKey(),
    response_id: model.text(),
    resolution: model.enum(["upheld", "rejected"]),
    reason: model.text(),
    resolved_by: model.text(),
  })
  .indexes([{ on: ["response_id"], unique: true }])
