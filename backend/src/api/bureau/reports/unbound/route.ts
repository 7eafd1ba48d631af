import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { type ReportColumn, sendReport } from "../../../utils/report-response"
import {
  householdColumns,
  type HouseholdRow,
  householdView,
} from "../../../utils/report-views"
import { boundHouseholds } from "../coverage/bound"
import { bureauReportContext, householdReport } from "../scope"
import type { ReportUnboundParamsType } from "../validators"
import { reportCsvLayout } from "../../../utils/report-csv"

type Raw = Parameters<typeof householdView>[0] & {
  township: string
  poverty_cause: string | null
}
type Row = HouseholdRow & { township: string; poverty_cause: string | null }

const COLUMNS: ReportColumn<Row>[] = [
  ...householdColumns<Row>(),
  { header: "township", value: (r) => r.township },
  { header: "poverty_cause", value: (r) => r.poverty_cause },
]

// Registered households not yet lifted that belong to no approved
// cooperative, by county, township and village, with their poverty cause:
// whom the reviewer can put forward to a cooperative.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportUnboundParamsType>,
  res: MedusaResponse
) => {
  const { params, scope } = await bureauReportContext(req)
  await sendReport(res, {
    name: "households",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: householdReport<Raw>(req, {
      kind: "unbound",
      scope,
      township: params.township,
      bound: await boundHouseholds(req),
    }),
    limit: params.limit,
    offset: params.offset,
    view: (raw: Raw): Row => ({
      ...householdView(raw),
      township: raw.township,
      poverty_cause: raw.poverty_cause,
    }),
    columns: COLUMNS,
  })
}
