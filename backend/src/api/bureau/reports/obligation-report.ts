import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { maskName, type ObligationReportRow } from "@tianfu/domain"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import type { ObligationBalance } from "../../../modules/linkage/service"
import { withNames } from "../../utils/report-names"
import { type ReportColumn, sendReport } from "../../utils/report-response"
import { lateBefore, lateDays } from "../../../lib/reports/linkage-settings"
import { scopedCooperatives } from "./linkage-scope"
import { bureauReportContext } from "./scope"
import type { ReportObligationsParamsType } from "./validators"
import { reportCsvLayout } from "../../utils/report-csv"

type Raw = ObligationBalance & {
  cooperative_id: string
  name_zh?: string | null
  registry_number?: string | null
  head_name?: string | null
  village?: string | null
}

const COLUMNS: [keyof ObligationReportRow, string][] = [
  ["obligation_id", "obligation_id"],
  ["cooperative_id", "cooperative_id"],
  ["cooperative_name", "cooperative_name"],
  ["household_id", "household_id"],
  ["registry_number", "registry_number"],
  ["head_name", "head_name_masked"],
  ["village", "village"],
  ["kind", "kind"],
  ["source_type", "source_type"],
  ["source_id", "source_id"],
  ["basis", "basis"],
  ["due_on", "due_on"],
  ["days_overdue", "days_overdue"],
  ["amount", "amount_fen"],
  ["settled", "settled_fen"],
  ["outstanding", "outstanding_fen"],
  ["floor_amount", "floor_amount_fen"],
  ["floor_shortfall", "floor_shortfall_fen"],
]

// Obligations of the jurisdiction one by one, oldest due first: `late` —
// unpaid longer than `days` (LINKAGE_LATE_DAYS) after falling due;
// `below_floor` — produce paid less than the floor in force at harvest
// made it worth, once that window closed. Households masked.
export function obligationReport(kind: "late" | "below_floor") {
  return async (
    req: AuthenticatedMedusaRequest<unknown, ReportObligationsParamsType>,
    res: MedusaResponse
  ) => {
    const { params, scope } = await bureauReportContext(req)
    const days = params.days ?? lateDays()
    const now = new Date()
    const cooperatives = await scopedCooperatives(
      req,
      scope,
      params.cooperative_id
    )
    const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
    const q = {
      cooperative_ids: cooperatives.map((c) => c.id),
      kind,
      before: lateBefore(days, now),
    }
    const cooperativeNames = withNames<Raw>(
      req.scope,
      "cooperative",
      (r) => r.cooperative_id
    )
    const householdNames = withNames<Raw>(
      req.scope,
      "household",
      (r) => r.household_id
    )
    await sendReport(res, {
      name: kind === "late" ? "late-payments" : "floor-compliance",
      format: params.format,
      csv: await reportCsvLayout(req, params),
      source: {
        page: (limit, offset) =>
          linkage.openObligationPage(q, { limit, offset }) as Promise<{
            rows: Raw[]
            count: number
          }>,
        stream: async function* () {
          for (let offset = 0; ; offset += 1000) {
            const { rows } = await linkage.openObligationPage(q, {
              limit: 1000,
              offset,
            })
            yield* rows as Raw[]
            if (rows.length < 1000) return
          }
        },
      },
      enrich: async (rows) =>
        (await householdNames(await cooperativeNames(rows))) as Raw[],
      limit: params.limit,
      offset: params.offset,
      view: (r: Raw): ObligationReportRow => ({
        obligation_id: r.id,
        cooperative_id: r.cooperative_id,
        cooperative_name: r.name_zh ?? null,
        household_id: r.household_id,
        registry_number: r.registry_number ?? null,
        head_name: r.head_name ? maskName(r.head_name) : null,
        village: r.village ?? null,
        kind: r.kind,
        source_type: r.source_type,
        source_id: r.source_id,
        basis: r.basis,
        due_on: new Date(r.due_on).toISOString().slice(0, 10),
        days_overdue: Math.max(
          0,
          Math.floor(
            (now.getTime() - new Date(r.due_on).getTime()) / 86_400_000
          )
        ),
        amount: r.amount,
        settled: r.settled,
        outstanding: r.outstanding,
        floor_amount: r.floor_amount,
        floor_shortfall:
          r.floor_amount === null
            ? null
            : Math.max(0, r.floor_amount - r.settled),
      }),
      columns: COLUMNS.map(([key, header]) => ({
        header,
        value: (row: ObligationReportRow) => row[key],
      })) as ReportColumn<ObligationReportRow>[],
      extra: { days },
    })
  }
}
