import { useTranslation } from "react-i18next"
import { DataTable } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { formatDateTime } from "@/lib/format"
import { type AuditLogParams, useAuditLog } from "../api/get-audit-log"
import { AuditEntryChanges } from "./audit-entry-changes"

const LIMIT = 50

// One page of the audit log with each entry's changes.
export function AuditLogTable({
  filters,
  offset,
  onOffsetChange,
}: {
  filters: Omit<AuditLogParams, "offset" | "limit">
  offset: number
  onOffsetChange: (offset: number) => void
}) {
  const { t, i18n } = useTranslation("audit-log")
  const query = useAuditLog({ ...filters, offset, limit: LIMIT })
  return (
    <QueryState query={query}>
      {(data) => (
        <DataTable
          page={{
            count: data.count,
            offset,
            limit: LIMIT,
            onChange: onOffsetChange,
          }}
          nowrap
          caption={t("title")}
          rows={data.audit_entries}
          rowKey={(row) => row.id}
          empty={{ title: t("empty"), hint: t("emptyHint") }}
          columns={[
            {
              key: "when",
              header: t("columns.when"),
              cell: (row) => (
                <span className="whitespace-nowrap">
                  {formatDateTime(row.created_at, i18n.language)}
                </span>
              ),
            },
            {
              key: "actor",
              header: t("columns.actor"),
              cell: (row) => (
                <span className="flex flex-col">
                  <span>{t(`actorType.${row.actor_type}`)}</span>
                  <span className="font-mono text-xs text-stone-500">
                    {row.actor_id}
                  </span>
                </span>
              ),
            },
            {
              key: "action",
              header: t("columns.action"),
              cell: (row) => (
                <span className="font-mono text-xs">{row.action}</span>
              ),
            },
            {
              key: "resource",
              header: t("columns.resource"),
              cell: (row) => (
                <span className="flex flex-col">
                  <span>{row.resource_type}</span>
                  <span className="font-mono text-xs text-stone-500">
                    {row.resource_id}
                  </span>
                </span>
              ),
            },
            {
              key: "county",
              header: t("columns.county"),
              cell: (row) => (
                <span className="font-mono">{row.county_code ?? "—"}</span>
              ),
            },
            {
              key: "changes",
              header: t("columns.changes"),
              cell: (row) => <AuditEntryChanges entry={row} />,
            },
          ]}
        />
      )}
    </QueryState>
  )
}
