import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router"
import { PageHeader } from "@/components/page-header"
import {
  AuditLogFilters,
  type AuditLogFilterValues,
} from "@/features/audit-log/components/audit-log-filters"
import { AuditLogTable } from "@/features/audit-log/components/audit-log-table"

const FIELDS = ["actor_id", "action", "resource_type", "from", "to"] as const

// The audit log, filters and page in the URL. Dates are Beijing days: "to"
// includes its whole day.
export default function AuditLogPage() {
  const { t } = useTranslation("audit-log")
  const [params, setParams] = useSearchParams()
  const values: AuditLogFilterValues = {
    actor_id: params.get("actor_id") ?? "",
    action: params.get("action") ?? "",
    resource_type: params.get("resource_type") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  }
  const offset = Math.max(0, Number(params.get("offset")) || 0)

  const apply = (next: AuditLogFilterValues) => {
    const merged = new URLSearchParams()
    for (const field of FIELDS) if (next[field]) merged.set(field, next[field])
    setParams(merged, { replace: true })
  }
  const setOffset = (value: number) => {
    const merged = new URLSearchParams(params)
    if (value > 0) merged.set("offset", String(value))
    else merged.delete("offset")
    setParams(merged, { replace: true })
  }

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditLogFilters values={values} onApply={apply} />
      <AuditLogTable
        filters={{
          actor_id: values.actor_id || undefined,
          action: values.action || undefined,
          resource_type: values.resource_type || undefined,
          from: values.from ? `${values.from}T00:00:00+08:00` : undefined,
          to: values.to ? `${values.to}T23:59:59.999+08:00` : undefined,
        }}
        offset={offset}
        onOffsetChange={setOffset}
      />
    </>
  )
}
