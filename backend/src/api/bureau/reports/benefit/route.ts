import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { type BenefitRow, maskName } from "@tianfu/domain"
import { yearRange } from "../../../../lib/reports/periods"
import { LINKAGE_MODULE } from "../../../../modules/linkage"
import type { BenefitFigures } from "../../../../modules/linkage/read-model"
import type LinkageModuleService from "../../../../modules/linkage/service"
import { listReport, sendReport } from "../../../utils/report-response"
import { scopedCooperatives } from "../linkage-scope"
import { bureauReportContext } from "../scope"
import type { ReportBenefitParamsType } from "../validators"
import { lateBefore, lateDays } from "../../../../lib/reports/linkage-settings"
import { BENEFIT_COLUMNS, benefitThresholdBp } from "./benefit-view"
import { reportCsvLayout } from "../../../utils/report-csv"

type Figures = Omit<BenefitFigures, "cooperative_id" | "household_id"> & {
  attributed: number
}

const ZERO: Figures = {
  attributed: 0,
  obligations: 0,
  paid: 0,
  payments: 0,
  confirmed: 0,
  disputed: 0,
  outstanding: 0,
  late: 0,
  oldest_due_on: null,
  households_paid: 0,
  below_floor: 0,
  floor_shortfall: 0,
}

const add = (a: Figures, b: Figures): Figures => ({
  attributed: a.attributed + b.attributed,
  obligations: a.obligations + b.obligations,
  paid: a.paid + b.paid,
  payments: a.payments + b.payments,
  confirmed: a.confirmed + b.confirmed,
  disputed: a.disputed + b.disputed,
  outstanding: a.outstanding + b.outstanding,
  late: a.late + b.late,
  oldest_due_on:
    a.oldest_due_on && b.oldest_due_on
      ? a.oldest_due_on < b.oldest_due_on
        ? a.oldest_due_on
        : b.oldest_due_on
      : (a.oldest_due_on ?? b.oldest_due_on),
  households_paid: a.households_paid + b.households_paid,
  below_floor: a.below_floor + b.below_floor,
  floor_shortfall: a.floor_shortfall + b.floor_shortfall,
})

// Benefit linkage in a year, from the payout ledger's rollups: revenue
// attributed to registered households beside what their cooperatives owed
// them, paid them, had confirmed and disputed, still owe (and how late),
// and purchases paid below the floor; the benefit ratio (paid ÷ attributed
// revenue, basis points) flags those below BENEFIT_RATIO_THRESHOLD_BP.
// Per cooperative of the jurisdiction (default), per county (its
// cooperatives summed), or per household of one cooperative. Lowest ratio
// first.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportBenefitParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, ledger } = await bureauReportContext(req)
  const byHousehold = params.group_by === "household"
  if (byHousehold && !params.cooperative_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "cooperative_id is required with group_by=household"
    )
  }
  const year = params.year ?? new Date().getFullYear()
  const threshold = benefitThresholdBp()
  const days = lateDays()
  const now = new Date()
  const cooperatives = await scopedCooperatives(
    req,
    scope,
    params.cooperative_id
  )
  const rows = async (): Promise<BenefitRow[]> => {
    const ids = cooperatives.map((c) => c.id)
    const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
    const [revenue, figures] = await Promise.all([
      ledger.householdRevenueByCooperative(yearRange(year), ids, byHousehold),
      linkage.benefitFigures({
        cooperative_ids: ids,
        year,
        by: byHousehold ? "household" : "cooperative",
        late_before: lateBefore(days, now),
      }),
    ])
    const keyOf = (f: { cooperative_id: string; household_id?: string }) =>
      byHousehold ? `${f.cooperative_id}:${f.household_id}` : f.cooperative_id
    // Every cooperative (or member household) with revenue or linkage.
    const all = new Map<string, Figures>()
    for (const [key, attributed] of revenue)
      all.set(key, { ...ZERO, attributed })
    for (const f of figures) {
      const { cooperative_id: _c, household_id: _h, ...sums } = f
      all.set(keyOf(f), {
        ...sums,
        attributed: all.get(keyOf(f))?.attributed ?? 0,
      })
    }
    const row = (
      key: Omit<
        BenefitRow,
        | keyof Figures
        | "attributed_to_households"
        | "unconfirmed"
        | "outstanding_late"
        | "oldest_outstanding_days"
        | "benefit_ratio_bp"
        | "below_threshold"
      >,
      f: Figures
    ): BenefitRow => {
      const ratio =
        f.attributed > 0 ? Math.floor((f.paid * 10_000) / f.attributed) : null
      return {
        ...key,
        attributed_to_households: f.attributed,
        obligations: f.obligations,
        paid: f.paid,
        confirmed: f.confirmed,
        disputed: f.disputed,
        unconfirmed: f.paid - f.confirmed - f.disputed,
        outstanding: f.outstanding,
        outstanding_late: f.late,
        oldest_outstanding_days: f.oldest_due_on
          ? Math.max(
              0,
              Math.floor(
                (now.getTime() - f.oldest_due_on.getTime()) / 86_400_000
              )
            )
          : null,
        households_paid: f.households_paid,
        benefit_ratio_bp: ratio,
        below_threshold: ratio !== null && ratio < threshold,
        below_floor: f.below_floor,
        floor_shortfall: f.floor_shortfall,
      }
    }
    let result: BenefitRow[]
    if (byHousehold) {
      const cooperative = cooperatives[0]
      const householdIds = [...all.keys()].map((k) => k.split(":")[1])
      const { data: households } = householdIds.length
        ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
            entity: "household",
            fields: ["id", "registry_number", "head_name", "county_code"],
            filters: { id: householdIds },
          })
        : { data: [] }
      const householdOf = new Map(households.map((h) => [h.id as string, h]))
      result = [...all].map(([key, f]) => {
        const household = householdOf.get(key.split(":")[1])
        return row(
          {
            group_by: "household",
            cooperative_id: cooperative.id,
            household_id: key.split(":")[1],
            registry_number: (household?.registry_number as string) ?? null,
            name: household ? maskName(household.head_name as string) : "",
            county_code:
              (household?.county_code as string) ?? cooperative.county_code,
          },
          f
        )
      })
    } else if (params.group_by === "county") {
      const counties = new Map<string, Figures>()
      for (const c of cooperatives) {
        const f = all.get(c.id)
        if (f)
          counties.set(
            c.county_code,
            add(counties.get(c.county_code) ?? ZERO, f)
          )
      }
      result = [...counties].map(([county, f]) =>
        row(
          {
            group_by: "county",
            cooperative_id: null,
            household_id: null,
            registry_number: null,
            name: county,
            county_code: county,
          },
          f
        )
      )
    } else {
      result = cooperatives.map((c) =>
        row(
          {
            group_by: "cooperative",
            cooperative_id: c.id,
            household_id: null,
            registry_number: null,
            name: c.name,
            county_code: c.county_code,
          },
          all.get(c.id) ?? ZERO
        )
      )
    }
    return result
      .filter((r) => !params.below_threshold_only || r.below_threshold)
      .sort(
        (a, b) =>
          (a.benefit_ratio_bp ?? Infinity) - (b.benefit_ratio_bp ?? Infinity) ||
          (a.cooperative_id ?? a.county_code).localeCompare(
            b.cooperative_id ?? b.county_code
          ) ||
          (a.household_id ?? "").localeCompare(b.household_id ?? "")
      )
  }
  await sendReport(res, {
    name: {
      cooperative: "cooperatives",
      county: "counties",
      household: "households",
    }[params.group_by],
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: listReport(rows),
    limit: params.limit,
    offset: params.offset,
    view: (row: BenefitRow) => row,
    columns: BENEFIT_COLUMNS,
    extra: {
      year,
      group_by: params.group_by,
      threshold_bp: threshold,
      late_days: days,
    },
  })
}
