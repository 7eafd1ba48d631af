import { useTranslation } from "react-i18next"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { formatDate, formatDateTime } from "@/lib/format"
import type { CaseTriggerEntry, ShockEvent } from "../api/types"
import { triggerText } from "../utils/figures"

// What set a case off, in order: each trigger with its figures, and the
// shock events recorded on it.
export function CaseEvents({
  triggers,
  shockEvents,
}: {
  triggers: CaseTriggerEntry[]
  shockEvents: ShockEvent[]
}) {
  const { t, i18n } = useTranslation("oversight")
  const columns: Column<ShockEvent>[] = [
    {
      key: "occurred_on",
      header: t("shock.occurredOn"),
      cell: (s) => formatDate(s.occurred_on, i18n.language),
    },
    {
      key: "kind",
      header: t("shock.kind"),
      cell: (s) => t(`shockKind.${s.kind}`),
    },
    {
      key: "description",
      header: t("shock.description"),
      cell: (s) => s.description || "—",
    },
    {
      key: "reporter",
      header: t("shock.reportedBy"),
      cell: (s) => t(`reporter.${s.reported_by_type}`),
    },
  ]
  return (
    <Panel title={t("triggers.title")}>
      <ol
        aria-label={t("triggers.title")}
        className="mb-3 flex flex-col gap-2 text-sm"
      >
        {triggers.map((entry, index) => (
          <li
            key={`${entry.trigger}-${entry.at}-${index}`}
            className="flex flex-wrap gap-x-3 gap-y-0.5"
          >
            <span className="font-medium text-stone-900">
              {t(`trigger.${entry.trigger}`)}
            </span>
            <span className="text-stone-700">
              {triggerText(entry, t, i18n.language)}
            </span>
            <span className="text-xs text-stone-500">
              {t("triggers.at", {
                year: entry.year,
                at: formatDateTime(entry.at, i18n.language),
              })}
            </span>
          </li>
        ))}
      </ol>
      {shockEvents.length > 0 && (
        <DataTable
          caption={t("shock.tableTitle")}
          rows={shockEvents}
          rowKey={(s) => s.id}
          columns={columns}
          empty={{ title: t("shock.none") }}
        />
      )}
    </Panel>
  )
}
