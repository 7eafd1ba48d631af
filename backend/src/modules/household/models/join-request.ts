import { model } from "@medusajs/framework/utils"

// A request to count an already registered household among a cooperative's
// members: asked by the cooperative (the county's reviewer decides), or
// proposed by a reviewer for a household no cooperative reaches (the
// cooperative accepts or declines). It is stored whether or not the registry number and ID
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
  // Who asked: the cooperative, or a reviewer assigning the household.
  initiated_by: model.enum(["cooperative", "bureau"]).default("cooperative"),
  // Why a reviewer proposes the household, for the cooperative to read.
  request_note: model.text().nullable(),
  requested_by: model.text(),
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  decision_note: model.text().nullable(),
})
