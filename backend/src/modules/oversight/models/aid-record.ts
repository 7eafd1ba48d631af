import { model } from "@medusajs/framework/utils"
import { AID_SOURCE_KINDS } from "@tianfu/domain"

// Aid a household received from one helper, as a reviewer imported or
// posted it: the household (resolved from its registry number or its
// head's ID number, which is never stored), the source, the giver, the
// purpose, the value in fen (for aid in kind, what it is and its value),
// the day and the giver's reference. The same household, source, giver,
// reference and day is the same record: sent again, it changes nothing.
export const AidRecord = model
  .define("aid_record", {
    id: model.id({ prefix: "aid" }).primaryKey(),
    household_id: model.text(),
    // The household's county when recorded: whose reviewers see it.
    county_code: model.text(),
    year: model.number(),
    source_kind: model.enum([...AID_SOURCE_KINDS]),
    giver: model.text(),
    purpose: model.text(),
    amount: model.number(),
    in_kind: model.text().nullable(),
    given_on: model.dateTime(),
    reference: model.text(),
    import_id: model.text().nullable(),
    recorded_by: model.text(),
  })
  .indexes([
    {
      on: ["household_id", "source_kind", "giver", "reference", "given_on"],
      unique: true,
    },
    { on: ["county_code", "year"] },
    { on: ["household_id", "year"] },
  ])
