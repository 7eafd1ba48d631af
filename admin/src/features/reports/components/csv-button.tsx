import { ExportButton } from "@/components/export-button"
import type { QueryParams } from "@/lib/api-client"
import { exportReport, type ReportName } from "../api/get-report"

// "导出 CSV": the whole report with the same filters, as the backend streams it.
export function CsvButton({
  report,
  params,
  filename,
}: {
  report: ReportName
  params: QueryParams
  filename: string
}) {
  return <ExportButton run={() => exportReport(report, params, filename)} />
}
