import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type BenefitRow, jurisdictionFilter } from "@tianfu/domain"
import { yearRange } from "../../../../lib/reports/periods"
import { LINKAGE_MODULE } from "../../../../modules/linkage"
import type LinkageModuleService from "../../../../modules/linkage/service"
import { listReport, sendReport } from "../../../utils/report-response"
import { bureauReportContext } from "../scope"
import type { ReportBenefitParamsType } from "../validators"
import { BENEFIT_COLUMNS, benefitThresholdBp } from "./benefit-view"

// Per cooperative of the jurisdiction and year: revenue attributed to its
// registered households beside what it owed them, paid them, had confirmed
// and disputed, and still owes; the benefit ratio (paid ÷ attributed
// revenue, basis points) flags those below BENEFIT_RATIO_THRESHOLD_BP.
// Lowest ratio first.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportBenefitParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, ledger } = await bureauReportContext(req)
  const year = params.year ?? new Date().getFullYear()
  const range = yearRange(year)
  const threshold = benefitThresholdBp()
  const rows = async (): Promise<BenefitRow[]> => {
    const { data: cooperatives } = await req.scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "cooperative",
        fields: ["id", "name", "county_code"],
        filters: {
          county_code:
            scope.county_code ?? jurisdictionFilter(scope.county_prefix),
          status: ["approved", "suspended"],
        },
      })
    const ids = cooperatives.map((c) => c.id as string)
    const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
    const [revenue, benefits] = await Promise.all([
      ledger.householdRevenueByCooperative(range, ids),
      linkage.cooperativeBenefits(ids, range),
    ])
    const benefitOf = new Map(benefits.map((b) => [b.cooperative_id, b]))
    return cooperatives
      .map((c): BenefitRow => {
        const b = benefitOf.get(c.id as string)
        const attributed = revenue.get(c.id as string) ?? 0
        const paid = b?.paid ?? 0
        const ratio =
          attributed > 0 ? Math.floor((paid * 10_000) / attributed) : null
        return {
          cooperative_id: c.id as string,
          name: c.name as string,
          county_code: c.county_code as string,
          attributed_to_households: attributed,
          obligations: b?.obligations ?? 0,
          paid,
          confirmed: b?.confirmed ?? 0,
          disputed: b?.disputed ?? 0,
          unconfirmed: paid - (b?.confirmed ?? 0) - (b?.disputed ?? 0),
          outstanding: b?.outstanding ?? 0,
          households_paid: b?.households_paid ?? 0,
          benefit_ratio_bp: ratio,
          below_threshold: ratio !== null && ratio < threshold,
        }
      })
      .filter((row) => !params.below_threshold_only || row.below_threshold)
      .sort(
        (a, b) =>
          (a.benefit_ratio_bp ?? Infinity) - (b.benefit_ratio_bp ?? Infinity) ||
          a.cooperative_id.localeCompare(b.cooperative_id)
      )
  }
  await sendReport(res, {
    name: "cooperatives",
    format: params.format,
    source: listReport(rows),
    limit: params.limit,
    offset: params.offset,
    view: (row: BenefitRow) => row,
    columns: BENEFIT_COLUMNS,
    extra: { year, threshold_bp: threshold },
  })
}
