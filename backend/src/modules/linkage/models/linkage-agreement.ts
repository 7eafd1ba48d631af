import { model } from "@medusajs/framework/utils"

// A benefit-linkage agreement (利益联结) between a cooperative and one member
// household, of one kind. At most one of a kind is in force at a time; it
// ends with an end date and is never deleted, so what was promised when
// stays on record. Its terms are the columns of its kind (integer fen):
// purchase — a guaranteed floor price per unit of produce (保底收购);
// wage — per day worked; dividend — basis points of the yearly surplus, or
// an amount per share × shares (fiscal funds quantified to households);
// land_rent — per mu per year × the area in hundredths of a mu.
// The cooperative and household are plain ids, as the attribution ledger
// keeps them: the payout ledger and its reports are keyed by them.
export const LinkageAgreement = model
  .define("linkage_agreement", {
    id: model.id({ prefix: "lagr" }).primaryKey(),
    cooperative_id: model.text(),
    household_id: model.text(),
    kind: model.enum(["purchase", "wage", "dividend", "land_rent"]),
    floor_price: model.number().nullable(),
    unit: model.text().nullable(),
    daily_wage: model.number().nullable(),
    surplus_share_bp: model.number().nullable(),
    per_share_amount: model.number().nullable(),
    shares: model.number().nullable(),
    rent_per_mu: model.number().nullable(),
    area_centi_mu: model.number().nullable(),
    starts_on: model.dateTime(),
    ends_on: model.dateTime().nullable(),
    end_reason: model.text().nullable(),
    // The signed copy (a document of the same cooperative), once attached.
    document_id: model.text().nullable(),
    created_by: model.text(),
  })
  .indexes([
    { on: ["cooperative_id", "household_id"] },
    {
      on: ["cooperative_id", "household_id", "kind"],
      unique: true,
      where: "ends_on IS NULL",
    },
  ])
