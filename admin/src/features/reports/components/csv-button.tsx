import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import type { QueryParams } from "@/lib/api-client"
import { errorMessage } from "@/lib/api-error-message"
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
  const { t } = useTranslation("reports")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      await exportReport(report, params, filename)
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }
  return (
    <span className="flex flex-col items-end gap-1">
      <Button variant="secondary" onClick={() => void run()} disabled={busy}>
        {t("common:actions.exportCsv")}
      </Button>
      {error !== null && (
        <span role="alert" className="text-xs text-red-700">
          {errorMessage(error, t)}
        </span>
      )}
    </span>
  )
}
