import { lazy, Suspense, useMemo, useState } from "react"
import type { EChartsOption } from "echarts"
import { useTranslation } from "react-i18next"
import { type AssignTarget, AssignHouseholdDialog } from "./assign-household"
import { Button } from "@/components/button"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { LoadingState, QueryState } from "@/components/states"
import { countyName, useCounties } from "@/features/counties/api/get-counties"
import { useReport } from "@/features/reports/api/get-report"
import { CsvButton } from "@/features/reports/components/csv-button"
import { householdColumns } from "@/features/reports/components/household-columns"
import { formatPercent } from "@/lib/money"

const EChart = lazy(() => import("@/components/echart"))

export type CoverageRow = {
  county_code: string
  township: string | null
  households: number
  not_lifted: number
  bound: number
  binding_rate_bp: number | null
  with_revenue: number
  with_payouts: number
}

type CoverageReport = {
  coverage: CoverageRow[]
  count: number
  year: number
  totals: {
    not_lifted: number
    bound: number
    binding_rate_bp: number | null
    with_revenue: number
    with_confirmed_payouts: number
  }
}

type UnboundRow = {
  household_id: string | null
  registry_number: string | null
  county_code: string | null
  township: string
  village: string | null
  head_name: string | null
  member_count: number | null
  status: string | null
  poverty_cause: string | null
}

const LIMIT = 50
const rate = (bp: number | null) =>
  bp === null ? "—" : formatPercent(bp / 10_000, 1)

// How far the marketplace reaches the registry, per county or township:
// a table and the binding rate as bars.
export function CoverageReportPanel({
  groupBy,
  year,
}: {
  groupBy: "county" | "township"
  year: number
}) {
  const { t, i18n } = useTranslation("registry")
  const counties = useCounties()
  const nameOf = (row: CoverageRow) => {
    const county = counties.data?.find((c) => c.code === row.county_code)
    const name = county ? countyName(county, i18n.language) : row.county_code
    return row.township ? `${name} · ${row.township}` : name
  }
  const params = { group_by: groupBy, year, limit: 500, offset: 0 }
  const query = useReport<CoverageReport>("coverage", params)
  const columns: Column<CoverageRow>[] = [
    { key: "place", header: t("coverage.place"), cell: nameOf },
    {
      key: "notLifted",
      header: t("coverage.notLifted"),
      numeric: true,
      cell: (r) => r.not_lifted,
    },
    {
      key: "bound",
      header: t("coverage.bound"),
      numeric: true,
      cell: (r) => r.bound,
    },
    {
      key: "rate",
      header: t("coverage.rate"),
      numeric: true,
      cell: (r) => rate(r.binding_rate_bp),
    },
    {
      key: "revenue",
      header: t("coverage.withRevenue"),
      numeric: true,
      cell: (r) => r.with_revenue,
    },
    {
      key: "payouts",
      header: t("coverage.withPayouts"),
      numeric: true,
      cell: (r) => r.with_payouts,
    },
  ]
  return (
    <Panel
      title={t("coverage.title", { year })}
      actions={
        <CsvButton
          report="coverage"
          params={params}
          filename={`coverage-${year}`}
        />
      }
    >
      <QueryState query={query}>
        {(data) => (
          <div className="flex flex-col gap-3" data-testid="coverage">
            <p className="text-sm text-stone-700">
              {t("coverage.summary", {
                notLifted: data.totals.not_lifted,
                bound: data.totals.bound,
                rate: rate(data.totals.binding_rate_bp),
              })}
            </p>
            {data.coverage.length > 0 && (
              <Suspense fallback={<LoadingState />}>
                <BindingChart
                  rows={data.coverage}
                  nameOf={nameOf}
                  label={t("coverage.rate")}
                />
              </Suspense>
            )}
            <DataTable
              nowrap
              caption={t("coverage.title", { year })}
              rows={data.coverage}
              rowKey={(r) => `${r.county_code}-${r.township ?? ""}`}
              empty={{
                title: t("coverage.empty"),
                hint: t("coverage.emptyHint"),
              }}
              columns={columns}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}

function BindingChart({
  rows,
  nameOf,
  label,
}: {
  rows: CoverageRow[]
  nameOf: (row: CoverageRow) => string
  label: string
}) {
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
      xAxis: {
        type: "value",
        min: 0,
        max: 100,
        axisLabel: { formatter: "{value}%" },
      },
      yAxis: {
        type: "category",
        inverse: true,
        axisLabel: { width: 180, overflow: "truncate" },
        data: rows.map(nameOf),
      },
      series: [
        {
          type: "bar",
          name: label,
          barMaxWidth: 18,
          itemStyle: { color: "#047857" },
          label: { show: true, position: "right", formatter: "{c}%" },
          data: rows.map((r) =>
            r.binding_rate_bp === null
              ? 0
              : Math.round(r.binding_rate_bp / 10) / 10
          ),
        },
      ],
    }),
    [rows, nameOf, label]
  )
  return (
    <EChart option={option} height={Math.max(120, rows.length * 30 + 40)} />
  )
}

// Registered households not lifted that belong to no approved
// cooperative, by village, with their poverty cause.
export function UnboundPanel() {
  const { t } = useTranslation("registry")
  const [offset, setOffset] = useState(0)
  const [assigning, setAssigning] = useState<AssignTarget | null>(null)
  const [assigned, setAssigned] = useState<string | null>(null)
  const params = { limit: LIMIT, offset }
  const query = useReport<{ households: UnboundRow[]; count: number }>(
    "unbound",
    params
  )
  return (
    <Panel
      title={t("unbound.title")}
      actions={
        <CsvButton report="unbound" params={params} filename="unbound" />
      }
    >
      {assigned && (
        <p role="status" className="mb-3 text-sm text-emerald-800">
          {assigned}
        </p>
      )}
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
            nowrap
            caption={t("unbound.title")}
            rows={data.households}
            rowKey={(r) => r.household_id ?? r.registry_number ?? ""}
            empty={{ title: t("unbound.empty") }}
            columns={[
              ...householdColumns<UnboundRow>(t),
              {
                key: "township",
                header: t("unbound.township"),
                cell: (r) => r.township,
              },
              {
                key: "cause",
                header: t("unbound.cause"),
                cell: (r) =>
                  r.poverty_cause
                    ? t(`common:povertyCause.${r.poverty_cause}`, {
                        defaultValue: r.poverty_cause,
                      })
                    : "—",
              },
              {
                key: "assign",
                header: t("assign.column"),
                cell: (r) =>
                  r.household_id ? (
                    <Button
                      small
                      variant="secondary"
                      onClick={() =>
                        setAssigning({
                          household_id: r.household_id!,
                          registry_number: r.registry_number ?? "",
                          county_code: r.county_code ?? "",
                          label: `${r.head_name ?? ""} · ${r.village ?? ""}`,
                        })
                      }
                    >
                      {t("assign.action")}
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
      {assigning && (
        <AssignHouseholdDialog
          target={assigning}
          onClose={() => setAssigning(null)}
          onDone={(cooperative) => {
            setAssigned(
              t("assign.sent", {
                registry: assigning.registry_number,
                cooperative,
              })
            )
            setAssigning(null)
          }}
        />
      )}
    </Panel>
  )
}
