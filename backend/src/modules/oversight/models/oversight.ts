import { model } from "@medusajs/framework/utils"
import {
  CASE_CATEGORIES,
  FLAG_RESOLUTIONS,
  FLAG_RULES,
  SHOCK_KINDS,
} from "@tianfu/domain"

// The rules' settings a jurisdiction chose (a county's own, else its
// city's, its province's, else the defaults); only what differs is kept.
export const OversightSetting = model.define("oversight_setting", {
  id: model.id({ prefix: "ovset" }).primaryKey(),
  jurisdiction_code: model.text().unique(),
  settings: model.json(),
  updated_by: model.text(),
})

// One run of the rules over a jurisdiction's counties for a year, nightly
// or asked for by a reviewer: its progress and what it found.
export const OversightRun = model
  .define("oversight_run", {
    id: model.id({ prefix: "ovrun" }).primaryKey(),
    jurisdiction_code: model.text(),
    year: model.number(),
    trigger: model.enum(["nightly", "on_demand"]),
    requested_by: model.text().nullable(),
    status: model.enum(["running", "completed", "failed"]).default("running"),
    counties_done: model.number().default(0),
    counties_total: model.number().default(0),
    households: model.number().default(0),
    aid_records: model.number().default(0),
    flags_opened: model.number().default(0),
    flags_reopened: model.number().default(0),
    flags_cleared: model.number().default(0),
    cases_opened: model.number().default(0),
    duration_ms: model.number().nullable(),
    failure: model.text().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["jurisdiction_code", "created_at"] }])

// What a rule found for a household (or, for imbalance, a village) in a
// year, with its evidence. Found again, it is the same flag: a resolved
// flag opens again only when its evidence changed; one the rules no longer
// find is cleared.
export const OversightFlag = model
  .define("oversight_flag", {
    id: model.id({ prefix: "ovflag" }).primaryKey(),
    rule: model.enum([...FLAG_RULES]),
    year: model.number(),
    subject: model.text(),
    household_id: model.text().nullable(),
    county_code: model.text(),
    township: model.text(),
    village: model.text(),
    status: model.enum(["open", "resolved", "cleared"]).default("open"),
    // { aid_ids, figures }
    evidence: model.json(),
    evidence_key: model.text(),
    assigned_to: model.text().nullable(),
    resolution: model.enum([...FLAG_RESOLUTIONS]).nullable(),
    resolution_note: model.text().nullable(),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    opened_at: model.dateTime(),
    reopened_count: model.number().default(0),
  })
  .indexes([
    { on: ["rule", "subject", "year"], unique: true },
    { on: ["county_code", "status", "opened_at"] },
  ])

// A household monitored against a return to poverty (防止返贫监测), in
// one of the national categories, opened by the rules or by a shock event
// and closed only by a reviewer, with the exit criteria it met.
export const MonitoringCase = model
  .define("monitoring_case", {
    id: model.id({ prefix: "mcase" }).primaryKey(),
    household_id: model.text(),
    county_code: model.text(),
    township: model.text(),
    village: model.text(),
    category: model.enum([...CASE_CATEGORIES]),
    year: model.number(),
    status: model.enum(["open", "closed"]).default("open"),
    // [{ trigger, at, figures?, shock_event_id? }]
    triggers: model.json(),
    evidence_key: model.text().nullable(),
    assigned_to: model.text().nullable(),
    exit_criteria: model.json().nullable(),
    close_reason: model.text().nullable(),
    closed_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    opened_at: model.dateTime(),
  })
  .indexes([
    { on: ["county_code", "status", "opened_at"] },
    { on: ["household_id", "category", "year"] },
  ])

// Illness, disability, disaster or accident in a household, recorded by a
// reviewer or reported by a cooperative for a member household.
export const ShockEvent = model
  .define("shock_event", {
    id: model.id({ prefix: "shock" }).primaryKey(),
    household_id: model.text(),
    county_code: model.text(),
    kind: model.enum([...SHOCK_KINDS]),
    occurred_on: model.dateTime(),
    description: model.text().nullable(),
    reported_by_type: model.enum(["bureau_user", "cooperative_user"]),
    reported_by_id: model.text(),
    cooperative_id: model.text().nullable(),
    case_id: model.text(),
  })
  .indexes([{ on: ["household_id"] }])

// A reviewer's comment on a flag or a case.
export const OversightComment = model
  .define("oversight_comment", {
    id: model.id({ prefix: "ovnote" }).primaryKey(),
    subject_type: model.enum(["flag", "case"]),
    subject_id: model.text(),
    author_id: model.text(),
    body: model.text(),
  })
  .indexes([{ on: ["subject_type", "subject_id"] }])
