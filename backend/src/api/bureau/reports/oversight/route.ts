import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { OVERSIGHT_MODULE } from "../../../../modules/oversight"
import type OversightModuleService from "../../../../modules/oversight/service"
import { listReport, sendReport } from "../../../utils/report-response"
import { bureauReportScope } from "../scope"
import type { BureauOversightReportParamsType } from "../../oversight/validators"
import { reportCsvLayout } from "../../../utils/report-csv"

type Row = Awaited<
  ReturnType<OversightModuleService["oversightSummary"]>
>[number]

// Flags and monitoring cases of the jurisdiction per county or township:
// for each rule (flags) and category (cases), how many are open, resolved,
// cleared or closed. JSON, or CSV like every report.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauOversightReportParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery
  const scope = await bureauReportScope(req, params.county_code)
  const oversight: OversightModuleService = req.scope.resolve(OVERSIGHT_MODULE)
  const rows = await oversight.oversightSummary({
    ...scope,
    year: params.year,
    group_by: params.group_by,
  })
  await sendReport<Row, Row>(res, {
    name: "oversight",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: listReport(async () => rows),
    limit: 10_000,
    offset: 0,
    view: (r) => r,
    columns: [
      { header: "county_code", value: (r) => r.county_code },
      { header: "township", value: (r) => r.township },
      { header: "kind", value: (r) => r.kind },
      { header: "rule_or_category", value: (r) => r.name },
      { header: "status", value: (r) => r.status },
      { header: "count", value: (r) => r.count },
    ],
    extra: { group_by: params.group_by, year: params.year ?? null },
  })
}
