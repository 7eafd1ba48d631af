import { useTranslation } from "react-i18next"
import { formatFen } from "@/lib/money"
import type { Money } from "../api/types"

// "Sales ¥… · refunds ¥… · net ¥…" over everything a report covers, and
// what unverified suppliers' shares earned when there is any.
export function MoneyTotals({
  totals,
}: {
  totals: Money & { unverified?: number }
}) {
  const { t, i18n } = useTranslation("reports")
  return (
    <p
      aria-label={t("money.totals")}
      className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700"
    >
      <span>
        {t("money.totalSales")}{" "}
        <strong className="tabular-nums">
          {formatFen(totals.sales, i18n.language)}
        </strong>
      </span>
      <span>
        {t("money.totalRefunds")}{" "}
        <strong className="tabular-nums">
          {formatFen(totals.refunds, i18n.language)}
        </strong>
      </span>
      <span>
        {t("money.totalNet")}{" "}
        <strong className="tabular-nums text-emerald-800">
          {formatFen(totals.net, i18n.language)}
        </strong>
      </span>
      {totals.unverified ? (
        <span data-testid="totals-unverified">
          {t("money.totalUnverified")}{" "}
          <strong className="tabular-nums text-amber-800">
            {formatFen(totals.unverified, i18n.language)}
          </strong>
        </span>
      ) : null}
    </p>
  )
}
