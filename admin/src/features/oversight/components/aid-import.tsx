import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { type Column, DataTable } from "@/components/data-table"
import { FormError } from "@/components/field"
import { Panel } from "@/components/page-header"
import { ProgressBar } from "@/components/progress-bar"
import { QueryState } from "@/components/states"
import { download } from "@/lib/api-client"
import { errorMessage } from "@/lib/api-error-message"
import { countRows } from "@/lib/count-rows"
import {
  aidErrorsPath,
  useAidImport,
  useAidImportErrors,
  useImportAidList,
} from "../api/aid-imports"
import type { AidImport, AidImportError } from "../api/types"
import { aidFailureText, aidReasonText } from "../utils/reason-text"

const LIMIT = 20

// A reviewer imports an aid list (帮扶台账) from one helper — pairing
// units, east–west partners, civil affairs, credit, industry, schools,
// hospitals, donors — as the registry is imported: the file is sent as it
// is read, the import polled each second, then what it did and every
// refused row (row, field, reason; never a value).
export function AidImportPanel() {
  const { t } = useTranslation("oversight")
  const [file, setFile] = useState<File | null>(null)
  const [total, setTotal] = useState<number | null>(null)
  const [importId, setImportId] = useState<string | null>(null)
  const upload = useImportAidList()
  const current = useAidImport(importId)
  const progress = current.data
  const send = async () => {
    if (!file) return
    setImportId(null)
    // A CSV's rows are its lines; a spreadsheet's are only known as read.
    setTotal(/\.xlsx$/i.test(file.name) ? null : await countRows(file))
    await upload.mutateAsync({ file, onOpened: setImportId }).catch(() => {})
    await current.refetch()
  }
  return (
    <Panel title={t("aid.import.title")}>
      <div className="flex flex-col gap-3">
        <p className="text-sm text-stone-600">{t("aid.import.help")}</p>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {t("aid.import.file")}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <div>
          <Button onClick={send} disabled={!file || upload.isPending}>
            {upload.isPending ? t("aid.import.sending") : t("aid.import.send")}
          </Button>
        </div>
        <FormError message={upload.error && errorMessage(upload.error, t)} />
        {progress && <ImportProgress record={progress} total={total} />}
        {progress?.status === "completed" && progress.rows_failed > 0 && (
          <ImportErrors id={progress.id} />
        )}
      </div>
    </Panel>
  )
}

function ImportProgress({
  record,
  total,
}: {
  record: AidImport
  total: number | null
}) {
  const { t } = useTranslation("oversight")
  const ratio =
    record.status === "completed"
      ? 1
      : total
        ? Math.min(1, record.rows_read / total)
        : 0
  return (
    <div data-testid="aid-progress" className="flex flex-col gap-2">
      <div className="flex items-center gap-3">
        <ProgressBar ratio={ratio} label={t("aid.import.progress")} />
        <span className="whitespace-nowrap text-sm tabular-nums">
          {t("aid.import.read", {
            read: record.rows_read,
            total: total ?? "…",
          })}
        </span>
      </div>
      <p className="text-sm" role="status">
        {record.status === "failed"
          ? t("aid.import.failed", {
              reason: aidFailureText(record.failure ?? "", t),
            })
          : record.status === "completed"
            ? t("aid.import.done", {
                created: record.rows_created,
                updated: record.rows_updated,
                unchanged: record.rows_unchanged,
                failed: record.rows_failed,
              })
            : t(`aid.status.${record.status}`)}
      </p>
    </div>
  )
}

function ImportErrors({ id }: { id: string }) {
  const { t } = useTranslation("oversight")
  const [offset, setOffset] = useState(0)
  const query = useAidImportErrors(id, { offset, limit: LIMIT })
  const columns: Column<AidImportError>[] = [
    {
      key: "row",
      header: t("aid.errors.row"),
      numeric: true,
      cell: (e) => e.row,
    },
    {
      key: "field",
      header: t("aid.errors.field"),
      cell: (e) => t(`aid.fields.${e.field}`, e.field),
    },
    {
      key: "reason",
      header: t("aid.errors.reason"),
      cell: (e) => aidReasonText(e.reason, t),
    },
  ]
  return (
    <div data-testid="aid-errors" className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold">{t("aid.errors.title")}</h3>
        <Button
          small
          variant="secondary"
          onClick={() =>
            download(
              aidErrorsPath(id),
              { format: "csv" },
              `aid-errors-${id}.csv`
            )
          }
        >
          {t("aid.errors.download")}
        </Button>
      </div>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
            caption={t("aid.errors.title")}
            rows={data.errors}
            rowKey={(e) => `${e.row}-${e.field}`}
            empty={{ title: t("aid.errors.none") }}
            columns={columns}
          />
        )}
      </QueryState>
    </div>
  )
}
