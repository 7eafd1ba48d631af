import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { DataTable } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { formatDateTime } from "@/lib/format"
import { type AuditLogParams, useAuditLog } from "../api/get-audit-log"
import { useAuditWords } from "../hooks/use-audit-words"
import { AuditEntryChanges } from "./audit-entry-changes"

// The console's page for an object of the log, where it has one.
function objectPath(type: string, id: string): string | null {
  if (type === "household") return `/bureau/households/${id}`
  if (type === "cooperative") return `/bureau/cooperatives/${id}`
  return null
}

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
  const words = useAuditWords()
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
                  <span>{row.actor_name ?? t("unnamed")}</span>
                  <span className="text-xs text-stone-500">
                    {t(`actorType.${row.actor_type}`)}
                    {row.actor_type === "cooperative_user" &&
                      row.cooperative_name &&
                      ` · ${row.cooperative_name}`}
                  </span>
                </span>
              ),
            },
            {
              key: "action",
              header: t("columns.action"),
              cell: (row) => words.action(row.action),
            },
            {
              key: "resource",
              header: t("columns.resource"),
              cell: (row) => {
                const path = objectPath(row.resource_type, row.resource_id)
                const name = row.resource_name ?? t("unnamed")
                return (
                  <span className="flex flex-col">
                    <span className="text-xs text-stone-500">
                      {words.resourceType(row.resource_type)}
                    </span>
                    {path ? (
                      <Link
                        to={path}
                        className="text-emerald-800 underline-offset-2 hover:underline"
                      >
                        {name}
                      </Link>
                    ) : (
                      <span>{name}</span>
                    )}
                  </span>
                )
              },
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
