import { useTranslation } from "react-i18next"
import { DataTable, type Column } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { formatFen } from "@/lib/money"
import { useHouseholdAttribution } from "../api/get-household-attribution"
import type { HouseholdRow } from "../api/types"
import type { DashboardPeriod } from "../utils/period"
import { topHouseholds } from "../utils/rank"

// The households that received the most over the period (names masked).
export function TopHouseholds({ period }: { period: DashboardPeriod }) {
  const { t, i18n } = useTranslation("coop-dashboard")
  const query = useHouseholdAttribution(period)
  const columns: Column<HouseholdRow>[] = [
    {
      key: "registry_number",
      header: t("households.registryNumber"),
      cell: (h) => h.registry_number ?? "—",
    },
    {
      key: "head_name",
      header: t("households.headName"),
      cell: (h) => (
        <span className="whitespace-nowrap">{h.head_name ?? "—"}</span>
      ),
    },
    {
      key: "village",
      header: t("households.village"),
      cell: (h) => (
        <span className="whitespace-nowrap">{h.village ?? "—"}</span>
      ),
    },
    {
      key: "net",
      header: t("households.income"),
      numeric: true,
      cell: (h) => formatFen(h.net, i18n.language),
    },
  ]
  return (
    <QueryState query={query}>
      {(report) => (
        <DataTable
          nowrap
          caption={t("households.title")}
          columns={columns}
          rows={topHouseholds(report.households)}
          rowKey={(h) => h.household_id}
          empty={{ title: t("households.empty") }}
        />
      )}
    </QueryState>
  )
}
