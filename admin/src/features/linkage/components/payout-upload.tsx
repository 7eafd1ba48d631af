import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Dialog } from "@/components/dialog"
import { FormError } from "@/components/field"
import { ApiError } from "@/lib/api-client"
import { errorMessage } from "@/lib/api-error-message"
import { decodeCsv, type ImportResult, useImportPayouts } from "../api/linkage"

const TEMPLATE = "agreement_id,amount,paid_on,method,reference\n"

// Upload a CSV of payments (UTF-8 or GBK, as a spreadsheet saves it): all
// or nothing by default, or only the good rows; every bad row is listed by
// number and column.
export function PayoutUpload({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("linkage")
  const upload = useImportPayouts()
  const [file, setFile] = useState<File | null>(null)
  const [goodRows, setGoodRows] = useState(false)
  const [result, setResult] = useState<ImportResult | null>(null)
  const refused =
    upload.error instanceof ApiError
      ? (upload.error.body as Partial<ImportResult> | undefined)
      : undefined
  const errors = result?.errors ?? refused?.errors ?? []
  const send = async () => {
    if (!file) return
    setResult(null)
    const csv = decodeCsv(await file.arrayBuffer())
    setResult(
      await upload.mutateAsync({
        csv,
        mode: goodRows ? "good_rows" : "all_or_nothing",
      })
    )
  }
  return (
    <Dialog title={t("upload.title")} onClose={onClose} busy={upload.isPending}>
      <div className="flex flex-col gap-3 text-sm">
        <p className="text-stone-600">{t("upload.help")}</p>
        <code className="rounded bg-stone-100 p-2 text-xs">{TEMPLATE}</code>
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label={t("upload.file")}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={goodRows}
            onChange={(event) => setGoodRows(event.target.checked)}
          />
          {t("upload.goodRows")}
        </label>
        {result && (
          <p role="status" data-testid="upload-result">
            {t("upload.result", {
              imported: result.imported,
              skipped: result.skipped,
              errors: result.errors.length,
            })}
          </p>
        )}
        <FormError
          message={upload.error ? errorMessage(upload.error, t) : undefined}
        />
        {errors.length > 0 && (
          <ul
            className="max-h-40 overflow-auto rounded border border-red-200 p-2 text-red-800"
            data-testid="upload-errors"
          >
            {errors.map((e) => (
              <li key={`${e.row}-${e.field}`}>
                {t("upload.rowError", {
                  row: e.row,
                  field: e.field,
                  reason: e.reason,
                })}
              </li>
            ))}
          </ul>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("slip.close")}
          </Button>
          <Button
            disabled={!file || upload.isPending}
            onClick={() => void send()}
          >
            {t("upload.send")}
          </Button>
        </div>
      </div>
    </Dialog>
  )
}
