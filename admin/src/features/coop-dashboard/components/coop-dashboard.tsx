import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ButtonLink } from "@/components/button"
import { SelectField } from "@/components/field"
import { Panel, Stat } from "@/components/page-header"
import { EmptyState, QueryState } from "@/components/states"
import { formatFen, formatPercent } from "@/lib/money"
import { useMonthlyAttribution } from "../api/get-monthly-attribution"
import type { DashboardPeriod } from "../utils/period"
import { SalesChart } from "./sales-chart"
import { TopBatches } from "./top-batches"
import { TopHouseholds } from "./top-households"

// The cooperative's sales and what of them reached member households, for
// this year or the last 12 months.
export function CoopDashboard() {
  const { t, i18n } = useTranslation("coop-dashboard")
  const [period, setPeriod] = useState<DashboardPeriod>("year")
  const monthly = useMonthlyAttribution(period)
  const money = (fen: number) => formatFen(fen, i18n.language)

  return (
    <div className="flex flex-col gap-6">
      <div className="max-w-xs">
        <SelectField
          label={t("period.label")}
          value={period}
          onChange={(event) => setPeriod(event.target.value as DashboardPeriod)}
          options={[
            { value: "year", label: t("period.year") },
            { value: "12m", label: t("period.last12") },
          ]}
        />
      </div>
      <QueryState query={monthly}>
        {(report) => {
          const { totals } = report
          const share = totals.net > 0 ? totals.to_households / totals.net : 0
          if (report.months.length === 0 && totals.net === 0) {
            return (
              <EmptyState
                title={t("empty.title")}
                hint={t("empty.hint")}
                action={
                  <ButtonLink to="/coop/products">
                    {t("empty.action")}
                  </ButtonLink>
                }
              />
            )
          }
          return (
            <>
              <div className="grid gap-4 sm:grid-cols-3">
                <Stat
                  label={t("stats.sales")}
                  value={money(totals.net)}
                  hint={t("stats.salesHint", {
                    from: report.from,
                    to: report.to,
                  })}
                />
                <Stat
                  label={t("stats.toHouseholds")}
                  value={money(totals.to_households)}
                  hint={
                    t("stats.toHouseholdsHint", {
                      share: formatPercent(share),
                      remainder: money(totals.cooperative_remainder),
                    }) +
                    (totals.to_unverified_suppliers
                      ? t("stats.unverifiedHint", {
                          amount: money(totals.to_unverified_suppliers),
                        })
                      : "")
                  }
                />
                <Stat
                  label={t("stats.households")}
                  value={report.households_reached}
                  hint={t("stats.householdsHint")}
                />
              </div>
              <Panel title={t("chart.title")}>
                <SalesChart
                  rows={report.months}
                  from={report.from}
                  to={report.to}
                />
              </Panel>
              <div className="grid gap-6 lg:grid-cols-2">
                <Panel title={t("households.title")}>
                  <TopHouseholds period={period} />
                </Panel>
                <Panel title={t("batches.title")}>
                  <TopBatches />
                </Panel>
              </div>
            </>
          )
        }}
      </QueryState>
    </div>
  )
}
