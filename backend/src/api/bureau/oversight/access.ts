import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inJurisdiction, jurisdictionFilter, maskName } from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { OVERSIGHT_MODULE } from "../../../modules/oversight"
import type OversightModuleService from "../../../modules/oversight/service"
import { resolveBureauCaller } from "../caller"
import type {
  BureauCaseQueueParamsType,
  BureauFlagQueueParamsType,
} from "./validators"

export type OversightKind = "flag" | "case"

export const FLAG_FIELDS = [
  "id",
  "rule",
  "year",
  "subject",
  "household_id",
  "county_code",
  "township",
  "village",
  "status",
  "evidence",
  "assigned_to",
  "resolution",
  "resolution_note",
  "resolved_by",
  "resolved_at",
  "opened_at",
  "reopened_count",
  "created_at",
] as const

export const CASE_FIELDS = [
  "id",
  "household_id",
  "county_code",
  "township",
  "village",
  "category",
  "year",
  "status",
  "triggers",
  "assigned_to",
  "exit_criteria",
  "close_reason",
  "closed_by",
  "closed_at",
  "opened_at",
  "created_at",
] as const

// A flag or case of the reviewer's jurisdiction; any other is the same 404
// as one that never was.
export async function oversightItem(
  req: AuthenticatedMedusaRequest,
  kind: OversightKind
) {
  const caller = await resolveBureauCaller(req)
  const oversight: OversightModuleService = req.scope.resolve(OVERSIGHT_MODULE)
  const filters = {
    id: req.params.id,
    county_code: jurisdictionFilter(caller.jurisdiction_code),
  }
  const [found] =
    kind === "flag"
      ? await oversight.listOversightFlags(filters, {
          take: 1,
          select: [...FLAG_FIELDS],
        })
      : await oversight.listMonitoringCases(filters, {
          take: 1,
          select: [...CASE_FIELDS],
        })
  if (!found || !inJurisdiction(found.county_code, caller.jurisdiction_code)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${kind === "flag" ? "Flag" : "Case"} was not found`
    )
  }
  return { caller, found: found as Record<string, unknown> }
}

// A queue's filters as the module's list filters.
export function queueFilters(
  params: BureauFlagQueueParamsType | BureauCaseQueueParamsType,
  caller: { id: string; jurisdiction_code: string }
) {
  const filters: Record<string, unknown> = {
    county_code: params.county_code
      ? params.county_code
      : jurisdictionFilter(caller.jurisdiction_code),
  }
  if (params.township) filters.township = params.township
  if (params.year) filters.year = params.year
  if (params.status !== "all") filters.status = params.status
  if ("rule" in params && params.rule) filters.rule = params.rule
  if ("category" in params && params.category) {
    filters.category = params.category
  }
  if (params.older_than_days !== undefined) {
    filters.opened_at = {
      $lt: new Date(Date.now() - params.older_than_days * 86_400_000),
    }
  }
  if (params.assigned === "me") filters.assigned_to = caller.id
  if (params.assigned === "nobody") filters.assigned_to = null
  return filters
}

// What a reviewer sees of the households on flags and cases: the registry
// number, the head's name masked, the status and size — never an ID
// number, phone or ciphertext.
export async function householdLabels(
  req: AuthenticatedMedusaRequest,
  ids: (string | null | undefined)[]
) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (!wanted.length) return new Map<string, HouseholdLabel>()
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const rows = await households.listHouseholds(
    { id: wanted },
    {
      select: ["id", "registry_number", "head_name", "status", "member_count"],
      withDeleted: true,
    }
  )
  return new Map(
    rows.map((h) => [
      h.id,
      {
        id: h.id,
        registry_number: h.registry_number,
        head_name: maskName(h.head_name),
        status: h.status,
        member_count: h.member_count,
      },
    ])
  )
}

export type HouseholdLabel = {
  id: string
  registry_number: string
  head_name: string
  status: string
  member_count: number
}

// Reviewers' names for the ids on items (assignees, resolvers).
export async function reviewerNames(
  req: AuthenticatedMedusaRequest,
  ids: (string | null | undefined)[]
) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (!wanted.length) return new Map<string, string>()
  const { data } = await req.scope.resolve("query").graph({
    entity: "bureau_user",
    fields: ["id", "name"],
    filters: { id: wanted },
  })
  return new Map(data.map((u: { id: string; name: string }) => [u.id, u.name]))
}

export function flagView(
  f: Record<string, unknown>,
  households: Map<string, HouseholdLabel>,
  names: Map<string, string>
) {
  return {
    id: f.id,
    rule: f.rule,
    year: f.year,
    status: f.status,
    county_code: f.county_code,
    township: f.township,
    village: f.village,
    household: f.household_id
      ? (households.get(f.household_id as string) ?? null)
      : null,
    figures: (f.evidence as { figures?: object })?.figures ?? {},
    evidence_records: ((f.evidence as { aid_ids?: string[] })?.aid_ids ?? [])
      .length,
    assigned_to: f.assigned_to
      ? { id: f.assigned_to, name: names.get(f.assigned_to as string) ?? null }
      : null,
    resolution: f.resolution ?? null,
    resolution_note: f.resolution_note ?? null,
    resolved_by: f.resolved_by
      ? { id: f.resolved_by, name: names.get(f.resolved_by as string) ?? null }
      : null,
    resolved_at: f.resolved_at ?? null,
    opened_at: f.opened_at,
    reopened_count: f.reopened_count,
  }
}

export function caseView(
  c: Record<string, unknown>,
  households: Map<string, HouseholdLabel>,
  names: Map<string, string>
) {
  return {
    id: c.id,
    category: c.category,
    year: c.year,
    status: c.status,
    county_code: c.county_code,
    township: c.township,
    village: c.village,
    household: households.get(c.household_id as string) ?? null,
    triggers: c.triggers,
    assigned_to: c.assigned_to
      ? { id: c.assigned_to, name: names.get(c.assigned_to as string) ?? null }
      : null,
    exit_criteria: c.exit_criteria ?? null,
    close_reason: c.close_reason ?? null,
    closed_by: c.closed_by
      ? { id: c.closed_by, name: names.get(c.closed_by as string) ?? null }
      : null,
    closed_at: c.closed_at ?? null,
    opened_at: c.opened_at,
  }
}
