import { useState } from "react"
import { useTranslation } from "react-i18next"
import { type Column, DataTable } from "@/components/data-table"
import { FileImportPanel } from "@/components/file-import"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import {
  REGISTRY_IMPORTS,
  type RegistryImport,
  useRegistryImports,
} from "../api/registry"
import { reasonText } from "./reason-text"

const LIMIT = 20

// A reviewer imports the county's registry (建档立卡名单): progress while
// the file is read, then what it did and every refused row (row, field,
// reason; never a value).
export function RegistryImportPanel() {
  return (
    <FileImportPanel
      resource={REGISTRY_IMPORTS}
      words={{ ns: "registry", prefix: "", name: "registry", reasonText }}
    />
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
