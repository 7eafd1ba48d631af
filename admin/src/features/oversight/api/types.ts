import type {
  AidSource,
  CaseCategory,
  CaseTrigger,
  ExitCriterion,
  FlagResolution,
  FlagRule,
  OversightSettings,
  ShockKind,
} from "@tianfu/domain"
import type { HouseholdStatus } from "@/lib/household"

// The shapes the aid oversight routes answer (backend/src/api/bureau/
// oversight): money in fen, the head's name already masked.

export type { AidSource, CaseCategory, ExitCriterion, FlagResolution, FlagRule }
export type { CaseTrigger, OversightSettings, ShockKind }

export type OversightKind = "flag" | "case"
export type FlagStatus = "open" | "resolved" | "cleared"
export type CaseStatus = "open" | "closed"

export type Reviewer = { id: string; name: string | null }

// A reviewer an item can be assigned to (GET /bureau/reviewers): of the
// caller's jurisdiction, the ones above it and the ones inside it.
export type AssignableReviewer = {
  id: string
  name: string | null
  jurisdiction_code: string
}

// What a reviewer sees of a household on a flag or a case.
export type HouseholdLabel = {
  id: string
  registry_number: string
  head_name: string
  status: HouseholdStatus
  member_count: number
}

export type Comment = {
  id: string
  body: string
  author: Reviewer
  created_at: string
}

// A rule's figures, by rule: fen for money, counts and percents as numbers.
export type FlagFigures = Record<string, number | string>

export type Flag = {
  id: string
  rule: FlagRule
  year: number
  status: FlagStatus
  county_code: string
  township: string
  village: string
  // null for a village (imbalance).
  household: HouseholdLabel | null
  figures: FlagFigures
  evidence_records: number
  assigned_to: Reviewer | null
  resolution: FlagResolution | null
  resolution_note: string | null
  resolved_by: Reviewer | null
  resolved_at: string | null
  opened_at: string
  reopened_count: number
}

export type AidRecord = {
  id: string
  source_kind: AidSource
  giver: string
  purpose: string
  amount: number
  in_kind: string | null
  given_on: string
  reference: string
}

export type FlagDetail = Flag & { evidence: AidRecord[]; comments: Comment[] }

// One of a household's aid records (GET /bureau/households/:id/aid).
export type HouseholdAidRecord = AidRecord & {
  year: number
  import_id: string | null
}

export type CaseTriggerEntry = {
  trigger: CaseTrigger
  at: string
  year: number
  figures?: Record<string, number>
  kind?: ShockKind
  shock_event_id?: string
}

export type MonitoringCase = {
  id: string
  category: CaseCategory
  year: number
  status: CaseStatus
  county_code: string
  township: string
  village: string
  household: HouseholdLabel | null
  triggers: CaseTriggerEntry[]
  assigned_to: Reviewer | null
  exit_criteria: ExitCriterion[] | null
  close_reason: string | null
  closed_by: Reviewer | null
  closed_at: string | null
  opened_at: string
}

export type ShockEvent = {
  id: string
  kind: ShockKind
  occurred_on: string
  description?: string | null
  reported_by_type: "bureau_user" | "cooperative_user"
  created_at?: string
  case_id?: string | null
}

export type CaseDetail = MonitoringCase & {
  shock_events: ShockEvent[]
  comments: Comment[]
}

// A queue's row and one opened item, by kind; what both kinds share.
export type QueueItem = { flag: Flag; case: MonitoringCase }
export type ItemDetail = { flag: FlagDetail; case: CaseDetail }
export type AnyItem = Flag | MonitoringCase

// A queue's filters, as the URL and the API both carry them ("" = any).
export type QueueFilters = {
  county_code: string
  township: string
  status: string
  // rule (flags) or category (cases)
  kind: string
  older_than_days: string
  assigned: "" | "me" | "nobody" | "anyone"
}

export type OversightRun = {
  id: string
  jurisdiction_code: string
  year: number
  trigger: "nightly" | "on_demand"
  status: "running" | "completed" | "failed"
  // Counts are null on a broader (nightly) run: other jurisdictions' too.
  counties_done: number | null
  counties_total: number | null
  households: number | null
  aid_records: number | null
  flags_opened: number | null
  flags_reopened: number | null
  flags_cleared: number | null
  cases_opened: number | null
  duration_ms: number | null
  failure: string | null
  created_at: string
  finished_at: string | null
}

export type AidImport = {
  id: string
  kind: "aid"
  filename: string
  format: string | null
  status: "waiting" | "running" | "completed" | "failed"
  rows_read: number
  rows_created: number
  rows_updated: number
  rows_unchanged: number
  rows_failed: number
  failure: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
}

export type StreamYear = {
  year: number
  aid: Partial<Record<AidSource, number>>
  aid_records: number
  marketplace_revenue: number
  payouts_paid: number
  payouts_confirmed: number
  registry_income: { wage: number; transfer: number; property: number } | null
}

// Every stream of one household by year (GET /bureau/households/:id/streams).
export type HouseholdStreams = {
  household_id: string
  sources: AidSource[]
  years: StreamYear[]
  shock_events: ShockEvent[]
  flags: { id: string; rule: FlagRule; year: number; status: FlagStatus }[]
  cases: {
    id: string
    category: CaseCategory
    year: number
    status: CaseStatus
    opened_at: string
  }[]
}

// The rules' settings of the reviewer's jurisdiction: what holds, what it
// set itself (a county's own win over its city's and province's) and the
// defaults (GET /bureau/oversight/settings).
export type OversightSettingsAnswer = {
  jurisdiction_code: string
  settings: OversightSettings
  own: Partial<OversightSettings>
  defaults: OversightSettings
}

export type OversightSummaryRow = {
  county_code: string
  township: string | null
  kind: OversightKind
  // The rule (flags) or category (cases).
  name: string
  status: string
  count: number
}
