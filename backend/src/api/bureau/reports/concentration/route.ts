import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { periodRange } from "../../../../lib/reports/periods"
import { reportCsvLayout } from "../../../utils/report-csv"
import { listReport, sendReport } from "../../../utils/report-response"
import { bureauReportContext, registeredScope } from "../scope"
import type { ReportRangeParamsType } from "../validators"

// How evenly the money reaches households: the share taken by the top 10%
// of households with income, and every decile's total for a chart (or, with
// format=csv, the deciles as CSV).
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportRangeParamsType>,
  res: MedusaResponse
) => {
  const context = await bureauReportContext(req)
  const { params, ledger } = context
  const scope = await registeredScope(req, context.scope)
  const range = periodRange("month", params.from, params.to)
  const deciles = await ledger.incomeDeciles(range, scope)
  const total = deciles.reduce((sum, d) => sum + Number(d.income), 0)
  const top = Number(deciles.find((d) => d.decile === 1)?.income ?? 0)
  if (params.format === "csv") {
    type Decile = { decile: number; households: number; income: number }
    await sendReport<Decile, Decile>(res, {
      name: "concentration",
      format: "csv",
      csv: await reportCsvLayout(req, params),
      source: listReport(async () =>
        deciles.map((d) => ({
          decile: d.decile,
          households: d.households,
          income: Number(d.income),
        }))
      ),
      limit: 10,
      offset: 0,
      view: (d) => d,
      columns: [
        { header: "decile", value: (d) => d.decile },
        { header: "households", value: (d) => d.households },
        { header: "income_fen", value: (d) => d.income },
        {
          header: "share_bp",
          value: (d) =>
            total > 0 ? Math.round((d.income * 10000) / total) : 0,
        },
      ],
    })
    return
  }
  res.json({
    concentration: {
      ...range,
      households_with_income: deciles[0]?.n ?? 0,
      top_decile_households: deciles[0]?.households ?? 0,
      top_decile_income: top,
      total_income: total,
      // Basis points: 10000 would mean the top tenth took everything.
      top_decile_share_bp: total > 0 ? Math.round((top * 10000) / total) : 0,
      deciles: deciles.map((d) => ({
        decile: d.decile,
        households: d.households,
        income: Number(d.income),
      })),
    },
  })
}
