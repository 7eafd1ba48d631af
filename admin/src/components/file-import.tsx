import type { TFunction } from "i18next"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { download } from "@/lib/api-client"
import { errorMessage } from "@/lib/api-error-message"
import { countRows } from "@/lib/count-rows"
import { Button } from "./button"
import { type Column, DataTable } from "./data-table"
import { FormError } from "./field"
import { Panel } from "./page-header"
import { ProgressBar } from "./progress-bar"
import { QueryState } from "./states"
import { useOffsetPaging } from "./use-offset-paging"
import {
  type FileImport,
  type FileImportError,
  type ImportResource,
  importPath,
  useFileImport,
  useFileImportErrors,
  useSendFile,
} from "./use-file-import"

const LIMIT = 20

// How an import speaks: its namespace and the prefix of its words there
// (`${prefix}import.title`, `${prefix}errors.row`, `${prefix}fields.<field>`,
// `${prefix}status.<status>`), the name of its test ids and CSV, and a
// refused row's reason (and a failed file's) in the reviewer's language.
export type ImportWords = {
  ns: string
  prefix: string
  name: string
  reasonText: (reason: string, t: TFunction) => string
  failureText?: (failure: string, t: TFunction) => string
}

// A reviewer imports a file (XLSX or CSV) of `resource`: the file is sent
// as it is read, the import polled each second with rows read of the
// file's, then what it did and every refused row (row, field, reason).
export function FileImportPanel({
  resource,
  words,
}: {
  resource: ImportResource
  words: ImportWords
}) {
  const { t } = useTranslation(words.ns)
  const w = (key: string) => `${words.prefix}${key}`
  const [file, setFile] = useState<File | null>(null)
  const [total, setTotal] = useState<number | null>(null)
  const [importId, setImportId] = useState<string | null>(null)
  const upload = useSendFile(resource)
  const current = useFileImport(resource, importId)
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
    <Panel title={t(w("import.title"))}>
      <div className="flex flex-col gap-3">
        <p className="text-sm text-stone-600">{t(w("import.help"))}</p>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {t(w("import.file"))}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <div>
          <Button onClick={send} disabled={!file || upload.isPending}>
            {upload.isPending ? t(w("import.sending")) : t(w("import.send"))}
          </Button>
        </div>
        <FormError message={upload.error && errorMessage(upload.error, t)} />
        {progress && (
          <ImportProgress record={progress} total={total} words={words} />
        )}
        {progress?.status === "completed" && progress.rows_failed > 0 && (
          <ImportErrors resource={resource} id={progress.id} words={words} />
        )}
      </div>
    </Panel>
  )
}

function ImportProgress({
  record,
  total,
  words,
}: {
  record: FileImport
  total: number | null
  words: ImportWords
}) {
  const { t } = useTranslation(words.ns)
  const w = (key: string) => `${words.prefix}${key}`
  const ratio =
    record.status === "completed"
      ? 1
      : total
        ? Math.min(1, record.rows_read / total)
        : 0
  const failure = record.failure ?? ""
  return (
    <div data-testid={`${words.name}-progress`} className="flex flex-col gap-2">
      <div className="flex items-center gap-3">
        <ProgressBar ratio={ratio} label={t(w("import.progress"))} />
        <span className="whitespace-nowrap text-sm tabular-nums">
          {t(w("import.read"), { read: record.rows_read, total: total ?? "…" })}
        </span>
      </div>
      <p className="text-sm" role="status">
        {record.status === "failed"
          ? t(w("import.failed"), {
              reason: words.failureText?.(failure, t) ?? failure,
            })
          : record.status === "completed"
            ? t(w("import.done"), {
                created: record.rows_created,
                updated: record.rows_updated,
                unchanged: record.rows_unchanged,
                failed: record.rows_failed,
                missing: record.rows_missing,
              })
            : t(w(`status.${record.status}`))}
      </p>
    </div>
  )
}

function ImportErrors({
  resource,
  id,
  words,
}: {
  resource: ImportResource
  id: string
  words: ImportWords
}) {
  const { t } = useTranslation(words.ns)
  const w = (key: string) => `${words.prefix}${key}`
  const paging = useOffsetPaging(LIMIT)
  const query = useFileImportErrors(resource, id, {
    offset: paging.offset,
    limit: LIMIT,
  })
  const columns: Column<FileImportError>[] = [
    {
      key: "row",
      header: t(w("errors.row")),
      numeric: true,
      cell: (e) => e.row,
    },
    {
      key: "field",
      header: t(w("errors.field")),
      cell: (e) => t(w(`fields.${e.field}`), e.field),
    },
    {
      key: "reason",
      header: t(w("errors.reason")),
      cell: (e) => words.reasonText(e.reason, t),
    },
  ]
  return (
    <div data-testid={`${words.name}-errors`} className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold">{t(w("errors.title"))}</h3>
        <Button
          small
          variant="secondary"
          onClick={() =>
            download(
              `${importPath(resource, id)}/errors`,
              { format: "csv" },
              `${words.name}-errors-${id}.csv`
            )
          }
        >
          {t(w("errors.download"))}
        </Button>
      </div>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={paging.paging(data.count)}
            caption={t(w("errors.title"))}
            rows={data.errors}
            rowKey={(e) => `${e.row}-${e.field}`}
            empty={{ title: t(w("errors.none")) }}
            columns={columns}
          />
        )}
      </QueryState>
    </div>
  )
}
