import { useTranslation } from "react-i18next"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { formatFen } from "@/lib/money"
import { useReport } from "../api/get-report"
import type { BenefitReport as Report, BenefitRow } from "../api/types"
import { CsvButton } from "./csv-button"

const LIMIT = 50

const percent = (bp: number | null) =>
  bp === null ? "—" : `${(bp / 100).toFixed(1)}%`

// Per cooperative: what reached its households as attributed revenue,
// beside what it owed, paid, had confirmed or disputed, and still owes;
// the lowest benefit ratio first, those under the threshold marked.
export function BenefitReport({
  year,
  offset,
  onOffsetChange,
}: {
  year: string
  offset: number
  onOffsetChange: (offset: number) => void
}) {
  const { t } = useTranslation("reports")
  const params = { ...(year ? { year } : {}), limit: LIMIT, offset }
  const query = useReport<Report>("benefit", params)
  const columns: Column<BenefitRow>[] = [
    {
      key: "cooperative",
      header: t("benefit.cooperative"),
      cell: (r) => r.name,
    },
    { key: "county", header: t("benefit.county"), cell: (r) => r.county_code },
    {
      key: "attributed",
      header: t("benefit.attributed"),
      cell: (r) => formatFen(r.attributed_to_households),
      numeric: true,
    },
    {
      key: "obligations",
      header: t("benefit.obligations"),
      cell: (r) => formatFen(r.obligations),
      numeric: true,
    },
    {
      key: "paid",
      header: t("benefit.paid"),
      cell: (r) => formatFen(r.paid),
      numeric: true,
    },
    {
      key: "confirmed",
      header: t("benefit.confirmed"),
      cell: (r) => formatFen(r.confirmed),
      numeric: true,
    },
    {
      key: "disputed",
      header: t("benefit.disputed"),
      cell: (r) => formatFen(r.disputed),
      numeric: true,
    },
    {
      key: "outstanding",
      header: t("benefit.outstanding"),
      cell: (r) => formatFen(r.outstanding),
      numeric: true,
    },
    {
      key: "ratio",
      header: t("benefit.ratio"),
      cell: (r) => (
        <span
          className={r.below_threshold ? "font-semibold text-red-700" : ""}
          data-testid="benefit-ratio"
        >
          {percent(r.benefit_ratio_bp)}
          {r.below_threshold ? ` · ${t("benefit.below")}` : ""}
        </span>
      ),
      numeric: true,
    },
  ]
  return (
    <Panel
      title={t("benefit.tableTitle")}
      actions={
        <CsvButton
          report="benefit"
          params={params}
          filename={`benefit-${query.data?.year ?? year}`}
        />
      }
    >
      <QueryState query={query}>
        {(data) => (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-stone-700">
              {t("benefit.summary", {
                year: data.year,
                count: data.count,
                threshold: percent(data.threshold_bp),
              })}
            </p>
            <DataTable
              page={{
                count: data.count,
                offset,
                limit: LIMIT,
                onChange: onOffsetChange,
              }}
              nowrap
              caption={t("benefit.tableTitle")}
              rows={data.cooperatives}
              rowKey={(row) => row.cooperative_id}
              empty={{
                title: t("benefit.empty"),
                hint: t("benefit.emptyHint"),
              }}
              columns={columns}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
