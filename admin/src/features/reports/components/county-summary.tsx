import { useTranslation } from "react-i18next"
import { DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { formatFen, formatPercent } from "@/lib/money"
import { useReport } from "../api/get-report"
import type { CountyAttributionRow } from "../api/types"
import { beijingYear } from "../utils/beijing-year"

type Coverage = {
  coverage: {
    county_code: string
    households: number
    members: number
    not_lifted: number
    bound: number
    binding_rate_bp: number | null
    with_revenue: number
  }[]
}

// Each county of the jurisdiction this year so far: its registered
// households and their members, how many a cooperative has taken in and how
// many earned, and the attributed net in all and per member.
export function CountySummary({
  countyLabel,
}: {
  countyLabel: (code: string) => string
}) {
  const { t, i18n } = useTranslation("reports")
  const year = beijingYear()
  const coverage = useReport<Coverage>("coverage", {
    year,
    group_by: "county",
    limit: 500,
  })
  const attribution = useReport<{ attribution: CountyAttributionRow[] }>(
    "attribution",
    {
      group_by: "county",
      grain: "year",
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      limit: 500,
    }
  )
  const net = new Map(
    (attribution.data?.attribution ?? []).map((row) => [row.key, row.net])
  )
  return (
    <Panel title={t("countySummary.title", { year })}>
      <QueryState query={coverage}>
        {(data) => (
          <DataTable
            caption={t("countySummary.title", { year })}
            rows={data.coverage}
            rowKey={(row) => row.county_code}
            empty={{ title: t("countySummary.empty") }}
            columns={[
              {
                key: "county",
                header: t("countySummary.county"),
                cell: (row) => countyLabel(row.county_code),
              },
              {
                key: "households",
                header: t("countySummary.households"),
                numeric: true,
                cell: (row) => row.households,
              },
              {
                key: "members",
                header: t("countySummary.members"),
                numeric: true,
                cell: (row) => row.members,
              },
              {
                key: "binding",
                header: t("countySummary.binding"),
                numeric: true,
                cell: (row) =>
                  row.binding_rate_bp === null
                    ? "—"
                    : formatPercent(row.binding_rate_bp / 10000),
              },
              {
                key: "earning",
                header: t("countySummary.earning"),
                numeric: true,
                cell: (row) => row.with_revenue,
              },
              {
                key: "net",
                header: t("countySummary.net"),
                numeric: true,
                cell: (row) =>
                  formatFen(net.get(row.county_code) ?? 0, i18n.language),
              },
              {
                key: "perMember",
                header: t("countySummary.perMember"),
                numeric: true,
                cell: (row) =>
                  row.members
                    ? formatFen(
                        Math.floor(
                          (net.get(row.county_code) ?? 0) / row.members
                        ),
                        i18n.language
                      )
                    : "—",
              },
            ]}
          />
        )}
      </QueryState>
    </Panel>
  )
}
