import type { TFunction } from "i18next"
import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { formatFen } from "@/lib/money"
import { useReport } from "../api/get-report"
import {
  type BenefitGroup,
  type BenefitReport as Report,
  type BenefitRow,
  benefitRows,
} from "../api/types"
import { BenefitChart, percent } from "./benefit-chart"
import { CsvButton } from "./csv-button"
import { Stacked } from "./stacked"

const LIMIT = 20

// Benefit linkage in a year, one row per cooperative (or county, or member
// household of one cooperative): revenue attributed to households beside
// what was owed, paid, confirmed or disputed, still owed and how late,
// purchases paid below the floor, households paid; the lowest benefit
// ratio first, those under the threshold in red. With `chart`, the page's
// ratios as bars against the threshold.
export function BenefitReport({
  year,
  groupBy,
  cooperativeId,
  belowThresholdOnly = false,
  chart = true,
  offset,
  onOffsetChange,
  countyLabel,
}: {
  year: string
  groupBy: BenefitGroup
  // Required with groupBy "household": that cooperative's members.
  cooperativeId?: string
  belowThresholdOnly?: boolean
  chart?: boolean
  offset: number
  onOffsetChange: (offset: number) => void
  countyLabel: (code: string, options?: { withCode?: boolean }) => string
}) {
  const { t, i18n } = useTranslation("reports")
  const params = {
    ...(year ? { year } : {}),
    group_by: groupBy,
    ...(cooperativeId ? { cooperative_id: cooperativeId } : {}),
    ...(belowThresholdOnly ? { below_threshold_only: "true" } : {}),
    limit: LIMIT,
    offset,
  }
  const query = useReport<Report>("benefit", params)
  const heading = t(`benefit.tableTitle.${groupBy}`)
  const nameOf = useCallback(
    (row: BenefitRow) =>
      row.group_by === "county"
        ? countyLabel(row.county_code)
        : row.group_by === "household"
          ? `${row.registry_number ?? ""} ${row.name}`.trim()
          : row.name,
    [countyLabel]
  )
  const columns = benefitColumns(groupBy, t, i18n.language, countyLabel)
  return (
    <Panel
      title={heading}
      actions={
        <CsvButton
          report="benefit"
          params={params}
          filename={[
            "benefit",
            groupBy,
            cooperativeId,
            query.data?.year ?? year,
          ]
            .filter(Boolean)
            .join("-")}
        />
      }
    >
      <QueryState query={query}>
        {(data) => {
          const rows = benefitRows(data)
          return (
            <div className="flex flex-col gap-3" data-testid="benefit-report">
              <p className="text-sm text-stone-700">
                {t(`benefit.summary.${groupBy}`, {
                  year: data.year,
                  count: data.count,
                  threshold: percent(data.threshold_bp),
                  days: data.late_days,
                })}
              </p>
              {chart && rows.length > 0 && (
                <BenefitChart
                  rows={rows}
                  thresholdBp={data.threshold_bp}
                  label={t("benefit.chartLabel", { year: data.year })}
                  nameOf={nameOf}
                />
              )}
              <DataTable
                page={{
                  count: data.count,
                  offset,
                  limit: LIMIT,
                  onChange: onOffsetChange,
                }}
                nowrap
                caption={heading}
                rows={rows}
                rowKey={(row) =>
                  row.household_id ?? row.cooperative_id ?? row.county_code
                }
                empty={{
                  title: t(
                    belowThresholdOnly
                      ? "benefit.emptyBelow"
                      : `benefit.empty.${groupBy}`
                  ),
                  hint: t(
                    belowThresholdOnly
                      ? "benefit.emptyBelowHint"
                      : `benefit.emptyHint.${groupBy}`,
                    { year: data.year }
                  ),
                }}
                columns={columns}
              />
            </div>
          )
        }}
      </QueryState>
    </Panel>
  )
}

function benefitColumns(
  groupBy: BenefitGroup,
  t: TFunction,
  language: string,
  countyLabel: (code: string, options?: { withCode?: boolean }) => string
): Column<BenefitRow>[] {
  const money = (fen: number) => formatFen(fen, language)
  const name: Column<BenefitRow> =
    groupBy === "county"
      ? {
          key: "county",
          header: t("benefit.county"),
          cell: (r) => (
            <Stacked main={countyLabel(r.county_code)} note={r.county_code} />
          ),
        }
      : groupBy === "household"
        ? {
            key: "household",
            header: t("benefit.household"),
            cell: (r) => (
              <Stacked
                main={
                  r.household_id ? (
                    <Link
                      to={`/bureau/households/${r.household_id}`}
                      className="font-mono text-emerald-800 hover:underline"
                    >
                      {r.registry_number ?? r.household_id}
                    </Link>
                  ) : (
                    <span className="font-mono">{r.registry_number}</span>
                  )
                }
                note={r.name || undefined}
              />
            ),
          }
        : {
            key: "cooperative",
            header: t("benefit.cooperative"),
            cell: (r) => (
              <Stacked
                main={
                  r.cooperative_id ? (
                    <Link
                      to={`/bureau/cooperatives/${r.cooperative_id}`}
                      className="font-medium text-emerald-800 hover:underline"
                    >
                      {r.name}
                    </Link>
                  ) : (
                    r.name
                  )
                }
                note={countyLabel(r.county_code)}
              />
            ),
          }
  const columns: (Column<BenefitRow> | false)[] = [
    name,
    {
      key: "attributed",
      header: t("benefit.attributed"),
      cell: (r) => money(r.attributed_to_households),
      numeric: true,
    },
    {
      key: "obligations",
      header: t("benefit.obligations"),
      cell: (r) => money(r.obligations),
      numeric: true,
    },
    {
      key: "paid",
      header: t("benefit.paid"),
      // How many households the payments reached (a member's row is one).
      cell: (r) => (
        <Stacked
          main={money(r.paid)}
          note={
            groupBy === "household"
              ? undefined
              : t("benefit.householdsPaidNote", { count: r.households_paid })
          }
        />
      ),
      numeric: true,
    },
    {
      key: "confirmed",
      header: t("benefit.confirmed"),
      cell: (r) => money(r.confirmed),
      numeric: true,
    },
    {
      key: "disputed",
      header: t("benefit.disputed"),
      cell: (r) => (
        <span className={r.disputed > 0 ? "text-amber-700" : ""}>
          {money(r.disputed)}
        </span>
      ),
      numeric: true,
    },
    {
      key: "outstanding",
      header: t("benefit.outstanding"),
      cell: (r) => money(r.outstanding),
      numeric: true,
    },
    {
      key: "late",
      header: t("benefit.late"),
      cell: (r) => (
        <Stacked
          main={
            <span
              className={
                r.outstanding_late > 0 ? "font-medium text-red-700" : ""
              }
              data-testid="benefit-late"
            >
              {money(r.outstanding_late)}
            </span>
          }
          note={
            r.oldest_outstanding_days !== null && r.outstanding > 0
              ? t("benefit.oldestShort", { count: r.oldest_outstanding_days })
              : undefined
          }
        />
      ),
      numeric: true,
    },
    {
      key: "floor",
      header: t("benefit.floorShortfall"),
      cell: (r) => (
        <Stacked
          main={
            <span
              className={r.below_floor > 0 ? "font-medium text-red-700" : ""}
            >
              {money(r.floor_shortfall)}
            </span>
          }
          note={
            r.below_floor > 0
              ? t("benefit.belowFloorShort", { count: r.below_floor })
              : undefined
          }
          tone="text-red-700"
        />
      ),
      numeric: true,
    },
    {
      key: "ratio",
      header: t("benefit.ratio"),
      cell: (r) => (
        <Stacked
          main={
            <span
              className={r.below_threshold ? "font-semibold text-red-700" : ""}
              data-testid="benefit-ratio"
            >
              {percent(r.benefit_ratio_bp)}
            </span>
          }
          note={r.below_threshold ? t("benefit.below") : undefined}
          tone="text-red-700"
        />
      ),
      numeric: true,
    },
  ]
  return columns.filter((c): c is Column<BenefitRow> => Boolean(c))
}
