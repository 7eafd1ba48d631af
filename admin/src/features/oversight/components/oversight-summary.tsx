import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { CASE_CATEGORIES, FLAG_RULES } from "@tianfu/domain"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import {
  exportOversightSummary,
  type SummaryParams,
  useOversightSummary,
} from "../api/summary"
import type { OversightSummaryRow } from "../api/types"
import { ExportButton } from "@/components/export-button"
import { Stacked } from "./stacked"

type Tally = { open: number; all: number }
type Place = {
  key: string
  county_code: string
  township: string | null
  counts: Map<string, Tally>
}

// The summary's rows (one per place, rule or category and status) as one
// line per place: open and all for each rule and category.
function byPlace(rows: OversightSummaryRow[]): Place[] {
  const places = new Map<string, Place>()
  for (const row of rows) {
    const key = `${row.county_code}|${row.township ?? ""}`
    const place = places.get(key) ?? {
      key,
      county_code: row.county_code,
      township: row.township,
      counts: new Map<string, Tally>(),
    }
    places.set(key, place)
    for (const name of [`${row.kind}:${row.name}`, `${row.kind}:*`]) {
      const tally = place.counts.get(name) ?? { open: 0, all: 0 }
      tally.all += row.count
      if (row.status === "open") tally.open += row.count
      place.counts.set(name, tally)
    }
  }
  return [...places.values()]
}

// Flags and monitoring cases per township (or county) of the jurisdiction:
// open of all, by rule and by category.
export function OversightSummary({
  params,
  countyLabel,
}: {
  params: SummaryParams
  countyLabel: (code: string) => string
}) {
  const { t } = useTranslation("oversight")
  const query = useOversightSummary(params)
  const places = useMemo(() => byPlace(query.data ?? []), [query.data])
  const tally = (name: string) => (place: Place) => {
    const found = place.counts.get(name)
    if (!found) return "—"
    return (
      <Stacked
        main={found.open}
        note={t("summary.ofAll", { count: found.all })}
      />
    )
  }
  const columns: Column<Place>[] = [
    {
      key: "place",
      header: t(
        params.group_by === "county" ? "summary.county" : "summary.township"
      ),
      cell: (p) =>
        p.township ? (
          <Stacked main={p.township} note={countyLabel(p.county_code)} />
        ) : (
          countyLabel(p.county_code)
        ),
    },
    ...FLAG_RULES.map((rule) => ({
      key: `flag:${rule}`,
      header: t(`rule.${rule}`),
      numeric: true,
      cell: tally(`flag:${rule}`),
    })),
    {
      key: "flag:*",
      header: t("summary.flags"),
      numeric: true,
      cell: tally("flag:*"),
    },
    ...CASE_CATEGORIES.map((category) => ({
      key: `case:${category}`,
      header: t(`category.${category}`),
      numeric: true,
      cell: tally(`case:${category}`),
    })),
    {
      key: "case:*",
      header: t("summary.cases"),
      numeric: true,
      cell: tally("case:*"),
    },
  ]
  return (
    <Panel
      title={t("summary.tableTitle")}
      actions={<ExportButton run={() => exportOversightSummary(params)} />}
    >
      <p className="mb-3 text-sm text-stone-600">{t("summary.reading")}</p>
      <QueryState query={query}>
        {() => (
          <div data-testid="oversight-summary">
            <DataTable
              caption={t("summary.tableTitle")}
              rows={places}
              rowKey={(p) => p.key}
              columns={columns}
              nowrap
              empty={{
                title: t("summary.empty"),
                hint: t("summary.emptyHint"),
              }}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
