import { useTranslation } from "react-i18next"
import { Stat } from "@/components/page-header"
import { EmptyState, QueryState } from "@/components/states"
import { formatFen } from "@/lib/money"
import { useReport } from "../api/get-report"
import { type BenefitReport as Report, benefitRows } from "../api/types"
import { percent } from "./benefit-chart"

// One cooperative's benefit linkage in a year as headline figures: its
// benefit ratio against the threshold, what it paid and how households
// answered, what it still owes and how late, and floor-price compliance.
export function BenefitSummary({
  year,
  cooperativeId,
}: {
  year: string
  cooperativeId: string
}) {
  const { t, i18n } = useTranslation("reports")
  const query = useReport<Report>("benefit", {
    ...(year ? { year } : {}),
    group_by: "cooperative",
    cooperative_id: cooperativeId,
  })
  const money = (fen: number) => formatFen(fen, i18n.language)
  return (
    <QueryState query={query}>
      {(data) => {
        const row = benefitRows(data)[0]
        if (!row) {
          return (
            <EmptyState
              title={t("benefit.empty.cooperative")}
              hint={t("benefit.emptyHint.cooperative")}
            />
          )
        }
        return (
          <div
            className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
            data-testid="benefit-summary"
          >
            <Stat
              label={t("benefit.ratio")}
              value={
                <span className={row.below_threshold ? "text-red-700" : ""}>
                  {percent(row.benefit_ratio_bp)}
                </span>
              }
              hint={
                row.benefit_ratio_bp === null
                  ? t("benefit.noRatio")
                  : t(
                      row.below_threshold
                        ? "benefit.belowThreshold"
                        : "benefit.meetsThreshold",
                      { threshold: percent(data.threshold_bp) }
                    )
              }
            />
            <Stat
              label={t("benefit.attributed")}
              value={money(row.attributed_to_households)}
              hint={t("benefit.obligationsHint", {
                amount: money(row.obligations),
              })}
            />
            <Stat
              label={t("benefit.paid")}
              value={money(row.paid)}
              hint={t("benefit.householdsPaidHint", {
                count: row.households_paid,
              })}
            />
            <Stat
              label={t("benefit.confirmed")}
              value={money(row.confirmed)}
              hint={t("benefit.unconfirmedHint", {
                amount: money(row.unconfirmed),
              })}
            />
            <Stat
              label={t("benefit.disputed")}
              value={
                <span className={row.disputed > 0 ? "text-amber-700" : ""}>
                  {money(row.disputed)}
                </span>
              }
              hint={t("benefit.disputedHint")}
            />
            <Stat
              label={t("benefit.outstanding")}
              value={money(row.outstanding)}
              hint={
                row.oldest_outstanding_days !== null && row.outstanding > 0
                  ? t("benefit.oldest", { count: row.oldest_outstanding_days })
                  : undefined
              }
            />
            <Stat
              label={t("benefit.late")}
              value={
                <span
                  className={row.outstanding_late > 0 ? "text-red-700" : ""}
                >
                  {money(row.outstanding_late)}
                </span>
              }
              hint={t("benefit.lateHint", { days: data.late_days })}
            />
            <Stat
              label={t("benefit.floorCompliance")}
              value={
                <span className={row.below_floor > 0 ? "text-red-700" : ""}>
                  {row.below_floor > 0
                    ? t("benefit.belowFloor", { count: row.below_floor })
                    : t("benefit.floorMet")}
                </span>
              }
              hint={
                row.below_floor > 0
                  ? t("benefit.shortfallHint", {
                      amount: money(row.floor_shortfall),
                    })
                  : undefined
              }
            />
          </div>
        )
      }}
    </QueryState>
  )
}
