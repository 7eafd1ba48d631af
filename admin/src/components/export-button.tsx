import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { errorMessage } from "@/lib/api-error-message"

// "导出 CSV": the whole list or report with the same filters, as the backend
// streams it; `run` downloads it. A failure is said beside the button.
export function ExportButton({ run }: { run: () => Promise<void> }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const start = async () => {
    setBusy(true)
    setError(null)
    try {
      await run()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }
  return (
    <span className="flex flex-col items-end gap-1">
      <Button variant="secondary" onClick={() => void start()} disabled={busy}>
        {t("actions.exportCsv")}
      </Button>
      {error !== null && (
        <span role="alert" className="text-xs text-red-700">
          {errorMessage(error, t)}
        </span>
      )}
    </span>
  )
}
