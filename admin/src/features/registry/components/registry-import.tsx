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
  type RegistryError,
  type RegistryImport,
  useImportRegistry,
  useRegistryErrors,
  useRegistryImport,
  useRegistryImports,
} from "../api/registry"
import { reasonText } from "./reason-text"

const LIMIT = 20

// A reviewer imports the county's registry (建档立卡名单) as CSV: the file
// is sent as it is read, the import's progress polled each second, then
// what it did and every refused row (row, field, reason; never a value).
export function RegistryImportPanel() {
  const { t } = useTranslation("registry")
  const [file, setFile] = useState<File | null>(null)
  const [total, setTotal] = useState<number | null>(null)
  const [importId, setImportId] = useState<string | null>(null)
  const upload = useImportRegistry()
  const current = useRegistryImport(importId)
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
    <Panel title={t("import.title")}>
      <div className="flex flex-col gap-3">
        <p className="text-sm text-stone-600">{t("import.help")}</p>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {t("import.file")}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <div>
          <Button onClick={send} disabled={!file || upload.isPending}>
            {upload.isPending ? t("import.sending") : t("import.send")}
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
  record: RegistryImport
  total: number | null
}) {
  const { t } = useTranslation("registry")
  const ratio =
    record.status === "completed"
      ? 1
      : total
        ? Math.min(1, record.rows_read / total)
        : 0
  return (
    <div data-testid="registry-progress" className="flex flex-col gap-2">
      <div className="flex items-center gap-3">
        <ProgressBar ratio={ratio} label={t("import.progress")} />
        <span className="whitespace-nowrap text-sm tabular-nums">
          {t("import.read", {
            read: record.rows_read,
            total: total ?? "…",
          })}
        </span>
      </div>
      <p className="text-sm" role="status">
        {record.status === "failed"
          ? t("import.failed", { reason: record.failure ?? "" })
          : record.status === "completed"
            ? t("import.done", {
                created: record.rows_created,
                updated: record.rows_updated,
                unchanged: record.rows_unchanged,
                failed: record.rows_failed,
                missing: record.rows_missing,
              })
            : t(`status.${record.status}`)}
      </p>
    </div>
  )
}

function ImportErrors({ id }: { id: string }) {
  const { t } = useTranslation("registry")
  const [offset, setOffset] = useState(0)
  const query = useRegistryErrors(id, { offset, limit: LIMIT })
  const columns: Column<RegistryError>[] = [
    { key: "row", header: t("errors.row"), numeric: true, cell: (e) => e.row },
    {
      key: "field",
      header: t("errors.field"),
      cell: (e) => t(`fields.${e.field}`, e.field),
    },
    {
      key: "reason",
      header: t("errors.reason"),
      cell: (e) => reasonText(e.reason, t),
    },
  ]
  return (
    <div data-testid="registry-errors" className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold">{t("errors.title")}</h3>
        <Button
          small
          variant="secondary"
          onClick={() =>
            download(
              `/bureau/registry/imports/${encodeURIComponent(id)}/errors`,
              { format: "csv" },
              `registry-errors-${id}.csv`
            )
          }
        >
          {t("errors.download")}
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
            caption={t("errors.title")}
            rows={data.errors}
            rowKey={(e) => `${e.row}-${e.field}`}
            empty={{ title: t("errors.none") }}
            columns={columns}
          />
        )}
      </QueryState>
    </div>
  )
}

// Earlier imports of the jurisdiction, newest first.
export function RegistryImportsPanel() {
  const { t, i18n } = useTranslation("registry")
  const [offset, setOffset] = useState(0)
  const query = useRegistryImports({ offset, limit: LIMIT })
  const columns: Column<RegistryImport>[] = [
    {
      key: "when",
      header: t("history.when"),
      cell: (i) => new Date(i.created_at).toLocaleString(i18n.language),
    },
    { key: "file", header: t("history.file"), cell: (i) => i.filename },
    {
      key: "status",
      header: t("history.status"),
      cell: (i) => t(`status.${i.status}`),
    },
    {
      key: "read",
      header: t("history.read"),
      numeric: true,
      cell: (i) => i.rows_read,
    },
    {
      key: "created",
      header: t("history.created"),
      numeric: true,
      cell: (i) => i.rows_created,
    },
    {
      key: "updated",
      header: t("history.updated"),
      numeric: true,
      cell: (i) => i.rows_updated,
    },
    {
      key: "failed",
      header: t("history.failed"),
      numeric: true,
      cell: (i) => i.rows_failed,
    },
    {
      key: "missing",
      header: t("history.missing"),
      numeric: true,
      cell: (i) => i.rows_missing,
    },
  ]
  return (
    <Panel title={t("history.title")}>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
            caption={t("history.title")}
            rows={data.imports}
            rowKey={(i) => i.id}
            empty={{ title: t("history.empty"), hint: t("history.emptyHint") }}
            columns={columns}
          />
        )}
      </QueryState>
    </Panel>
  )
}
