import { model } from "@medusajs/framework/utils"

// A cooperative's request to count an already registered household among
// its members. It is stored whether or not the registry number and ID
// number it names match a household (household_id null when they do not),
// so the answer to the cooperative never says whether a person is on the
// registry; the county's reviewer decides.
export const HouseholdJoinRequest = model.define("household_join_request", {
  id: model.id({ prefix: "hhjoin" }).primaryKey(),
  cooperative_id: model.text().index(),
  // As the cooperative typed it.
  registry_number: model.text(),
  // The household the proof matched, and its county; null: no match.
  household_id: model.text().nullable(),
  // The county whose reviewers decide: the household's, else the
  // cooperative's own.
  county_code: model.text().index(),
  status: model.enum(["pending", "approved", "rejected"]).default("pending"),
  requested_by: model.text(),
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  decision_note: model.text().nullable(),
})
