import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { OVERSIGHT_MODULE } from "../../../modules/oversight"
import type OversightModuleService from "../../../modules/oversight/service"
import { sendReport, type ReportColumn } from "../../utils/report-response"
import { resolveBureauCaller } from "../caller"
import {
  CASE_FIELDS,
  caseView,
  FLAG_FIELDS,
  flagView,
  householdLabels,
  type OversightKind,
  queueFilters,
  reviewerNames,
} from "./access"
import type {
  BureauCaseQueueParamsType,
  BureauFlagQueueParamsType,
} from "./validators"
import { reportCsvLayout } from "../../utils/report-csv"

type FlagRow = ReturnType<typeof flagView>
type CaseRow = ReturnType<typeof caseView>

const common = <R extends FlagRow | CaseRow>(): ReportColumn<R>[] => [
  { header: "id", value: (r) => r.id as string },
  { header: "year", value: (r) => r.year as number },
  { header: "status", value: (r) => r.status as string },
  { header: "county_code", value: (r) => r.county_code as string },
  { header: "township", value: (r) => r.township as string },
  { header: "village", value: (r) => r.village as string },
  {
    header: "registry_number",
    value: (r) => r.household?.registry_number ?? null,
  },
  { header: "head_name", value: (r) => r.household?.head_name ?? null },
  {
    header: "opened_at",
    value: (r) => new Date(r.opened_at as string).toISOString(),
  },
  { header: "assigned_to", value: (r) => r.assigned_to?.name ?? null },
]

const FLAG_COLUMNS: ReportColumn<FlagRow>[] = [
  { header: "rule", value: (r) => r.rule as string },
  ...common<FlagRow>(),
  { header: "figures", value: (r) => JSON.stringify(r.figures) },
  { header: "resolution", value: (r) => (r.resolution as string) ?? null },
  {
    header: "resolution_note",
    value: (r) => (r.resolution_note as string) ?? null,
  },
]

const CASE_COLUMNS: ReportColumn<CaseRow>[] = [
  { header: "category", value: (r) => r.category as string },
  ...common<CaseRow>(),
  {
    header: "triggers",
    value: (r) =>
      [
        ...new Set((r.triggers as { trigger: string }[]).map((t) => t.trigger)),
      ].join(" "),
  },
  {
    header: "exit_criteria",
    value: (r) =>
      ((r.exit_criteria as string[] | null) ?? []).join(" ") || null,
  },
  { header: "close_reason", value: (r) => (r.close_reason as string) ?? null },
]

// A queue of flags or cases in the reviewer's jurisdiction, oldest open
// first, filtered by county, township, rule or category, status, year,
// age and assignee; JSON pages or the whole queue as CSV.
export const queueRoute =
  (kind: OversightKind) =>
  async (
    req: AuthenticatedMedusaRequest<
      unknown,
      BureauFlagQueueParamsType | BureauCaseQueueParamsType
    >,
    res: MedusaResponse
  ) => {
    const caller = await resolveBureauCaller(req)
    const params = req.validatedQuery
    const oversight: OversightModuleService =
      req.scope.resolve(OVERSIGHT_MODULE)
    const filters = queueFilters(params, caller)
    const order = { opened_at: "ASC" as const, id: "ASC" as const }
    const page = async (take: number, skip: number) => {
      const [rows, count] =
        kind === "flag"
          ? await oversight.listAndCountOversightFlags(filters, {
              take,
              skip,
              order,
              select: [...FLAG_FIELDS],
            })
          : await oversight.listAndCountMonitoringCases(filters, {
              take,
              skip,
              order,
              select: [...CASE_FIELDS],
            })
      return { rows: rows as Record<string, unknown>[], count }
    }
    const enrich = async (rows: Record<string, unknown>[]) => {
      const [households, names] = await Promise.all([
        householdLabels(
          req,
          rows.map((r) => r.household_id as string)
        ),
        reviewerNames(
          req,
          rows.flatMap((r) => [
            r.assigned_to as string,
            (r.resolved_by ?? r.closed_by) as string,
          ])
        ),
      ])
      return rows.map((r) => ({ ...r, _households: households, _names: names }))
    }
    type Raw = Record<string, unknown> & {
      _households: Awaited<ReturnType<typeof householdLabels>>
      _names: Map<string, string>
    }
    const view = (r: Raw) =>
      kind === "flag"
        ? flagView(r, r._households, r._names)
        : caseView(r, r._households, r._names)
    await sendReport<Raw, FlagRow | CaseRow>(res, {
      name: kind === "flag" ? "flags" : "cases",
      format: params.format,
      csv: await reportCsvLayout(req, params),
      source: {
        page: async (limit, offset) => {
          const found = await page(limit, offset)
          return { rows: found.rows as Raw[], count: found.count }
        },
        stream: async () =>
          (await oversight.queueStream(
            kind,
            filters,
            kind === "flag" ? FLAG_FIELDS : CASE_FIELDS
          )) as AsyncIterable<Raw>,
      },
      enrich: (rows) => enrich(rows) as Promise<Raw[]>,
      limit: params.limit,
      offset: params.offset,
      view,
      columns: (kind === "flag" ? FLAG_COLUMNS : CASE_COLUMNS) as ReportColumn<
        FlagRow | CaseRow
      >[],
    })
  }
