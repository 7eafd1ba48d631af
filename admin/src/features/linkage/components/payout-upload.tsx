import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Dialog } from "@/components/dialog"
import { FormError } from "@/components/field"
import { ApiError, saveFile } from "@/lib/api-client"
import { errorMessage } from "@/lib/api-error-message"
import {
  decodeCsv,
  type ImportResult,
  useAgreements,
  useImportPayouts,
} from "../api/linkage"

const TEMPLATE = "agreement_id,amount,paid_on,method,reference\n"

// A CSV cell, quoted when it holds a comma, quote or line break.
const cell = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value

// Upload a CSV of payments (UTF-8 or GBK, as a spreadsheet saves it): all
// or nothing by default, or only the good rows; every bad row is listed by
// number and column.
export function PayoutUpload({
  names,
  onClose,
}: {
  names: Map<string, string>
  onClose: () => void
}) {
  const { t } = useTranslation("linkage")
  const agreements = useAgreements({ offset: 0, limit: 100, in_force: "true" })
  // A template a bookkeeper fills in: one row per agreement in force, its
  // id filled, with the household and kind beside it (the upload ignores
  // columns it does not know).
  const template = () => {
    const rows = (agreements.data?.agreements ?? []).map((a) =>
      [
        a.id,
        names.get(a.household_id) ?? "",
        t(`kind.${a.kind}`),
        "",
        "",
        "",
        "",
      ]
        .map(cell)
        .join(",")
    )
    saveFile(
      new Blob(
        [
          `\uFEFFagreement_id,household,kind,amount,paid_on,method,reference\n${rows.join("\n")}\n`,
        ],
        { type: "text/csv;charset=utf-8" }
      ),
      "payments-template.csv"
    )
  }
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
        <Button
          small
          variant="secondary"
          disabled={!agreements.data?.agreements.length}
          onClick={template}
        >
          {t("upload.template")}
        </Button>
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
