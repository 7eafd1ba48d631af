import { useTranslation } from "react-i18next"
import { StatusBadge } from "@/components/status-badge"
import { formatDateTime } from "@/lib/format"
import { formatFen } from "@/lib/money"
import { useReconciliation } from "../api/get-reconciliation"

const SHOWN = 5

// One line: did the latest reconciliation find the ledger equal to the
// money captured minus refunded, for the orders of this jurisdiction?
export function ReconciliationStatus() {
  const { t, i18n } = useTranslation("reports")
  const query = useReconciliation()
  if (query.isPending) {
    return (
      <p className="text-sm text-stone-500">{t("common:states.loading")}</p>
    )
  }
  if (query.error || !query.data) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {t("reconciliation.failed")}
      </p>
    )
  }
  const { run, differences } = query.data
  if (!run) {
    return <p className="text-sm text-stone-600">{t("reconciliation.never")}</p>
  }
  const when = formatDateTime(run.finished_at ?? run.started_at, i18n.language)
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge tone={differences.length === 0 ? "green" : "red"}>
          {differences.length === 0
            ? t("reconciliation.balanced")
            : t("reconciliation.differences", { count: differences.length })}
        </StatusBadge>
        <span className="text-stone-600">
          {t("reconciliation.run", { when, orders: run.orders_checked })}
        </span>
      </p>
      {differences.length > 0 && (
        <>
          <ul className="list-disc pl-5 text-stone-700">
            {differences.slice(0, SHOWN).map((d) => (
              <li key={d.order_id}>
                <span className="font-mono">{d.order_id}</span>{" "}
                <span className="text-stone-500">
                  {d.county_codes.join("、")}
                </span>{" "}
                {t("reconciliation.difference", {
                  expected: formatFen(d.expected, i18n.language),
                  actual: formatFen(d.actual, i18n.language),
                })}
              </li>
            ))}
          </ul>
          {differences.length > SHOWN && (
            <p className="text-stone-600">
              {t("reconciliation.more", {
                count: differences.length - SHOWN,
              })}
            </p>
          )}
          <p className="text-stone-600">{t("reconciliation.next")}</p>
        </>
      )}
    </div>
  )
}
