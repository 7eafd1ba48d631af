import { useTranslation } from "react-i18next"
import { formatFen } from "@/lib/money"
import type { Money } from "../api/types"

// "Sales ¥… · refunds ¥… · net ¥…" over everything a report covers.
export function MoneyTotals({ totals }: { totals: Money }) {
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
    </p>
  )
}
