import { useState } from "react"
import { useTranslation } from "react-i18next"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { formatDateTime } from "@/lib/format"
import { useAidImports } from "../api/aid-imports"
import type { AidImport } from "../api/types"

const LIMIT = 10

// Earlier aid list imports of the jurisdiction, newest first.
export function AidImportHistoryPanel() {
  const { t, i18n } = useTranslation("oversight")
  const [offset, setOffset] = useState(0)
  const query = useAidImports({ offset, limit: LIMIT })
  const columns: Column<AidImport>[] = [
    {
      key: "when",
      header: t("aid.history.when"),
      cell: (i) => formatDateTime(i.created_at, i18n.language),
    },
    { key: "file", header: t("aid.history.file"), cell: (i) => i.filename },
    {
      key: "status",
      header: t("aid.history.status"),
      cell: (i) => t(`aid.status.${i.status}`),
    },
    ...(
      [
        ["read", "rows_read"],
        ["created", "rows_created"],
        ["updated", "rows_updated"],
        ["unchanged", "rows_unchanged"],
        ["failed", "rows_failed"],
      ] as const
    ).map(([key, field]) => ({
      key,
      header: t(`aid.history.${key}`),
      numeric: true,
      cell: (i: AidImport) => i[field],
    })),
  ]
  return (
    <Panel title={t("aid.history.title")}>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            caption={t("aid.history.title")}
            rows={data.imports}
            rowKey={(i) => i.id}
            columns={columns}
            empty={{
              title: t("aid.history.empty"),
              hint: t("aid.history.emptyHint"),
            }}
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
          />
        )}
      </QueryState>
    </Panel>
  )
}
