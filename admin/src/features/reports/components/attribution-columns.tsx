import type { TFunction } from "i18next"
import { Link } from "react-router"
import type { Column } from "@/components/data-table"
import { formatFen } from "@/lib/money"
import type { AttributionGroup, AttributionRowFor, Money } from "../api/types"
import { householdColumns } from "./household-columns"

function moneyColumns<Row extends Money>(
  t: TFunction,
  language: string
): Column<Row>[] {
  return [
    {
      key: "sales",
      header: t("reports:money.sales"),
      numeric: true,
      cell: (row) => formatFen(row.sales, language),
    },
    {
      key: "refunds",
      header: t("reports:money.refunds"),
      numeric: true,
      cell: (row) => formatFen(row.refunds, language),
    },
    {
      key: "net",
      header: t("reports:money.net"),
      numeric: true,
      cell: (row) => (
        <span className="font-medium">{formatFen(row.net, language)}</span>
      ),
    },
  ]
}

// County and cooperative rows: of the net, the unverified suppliers' shares.
function unverifiedColumn<Row extends AttributionRowFor["county"]>(
  t: TFunction,
  language: string
): Column<Row> {
  return {
    key: "unverified",
    header: t("reports:money.unverified"),
    numeric: true,
    cell: (row) => formatFen(row.unverified, language),
  }
}

const LINK = "font-medium text-emerald-800 hover:underline"

// The drill-down's columns per level; county and cooperative names link to
// the next level down (keeping the chosen year).
export function attributionColumns<G extends AttributionGroup>(
  level: G,
  options: {
    t: TFunction
    language: string
    search: string
    countyCode?: string
    countyLabel: (code: string) => string
  }
): Column<AttributionRowFor[G]>[] {
  const { t, language, search, countyCode, countyLabel } = options
  if (level === "county") {
    const columns: Column<AttributionRowFor["county"]>[] = [
      {
        key: "name",
        header: t("reports:attribution.columns.county"),
        cell: (row) => (
          <Link to={`/bureau/attribution/${row.key}${search}`} className={LINK}>
            {(language === "en" ? row.name_en : row.name) ??
              countyLabel(row.key)}
          </Link>
        ),
      },
      {
        key: "code",
        header: t("reports:attribution.columns.code"),
        cell: (row) => <span className="font-mono">{row.key}</span>,
      },
      ...moneyColumns<AttributionRowFor["county"]>(t, language),
      unverifiedColumn<AttributionRowFor["county"]>(t, language),
    ]
    return columns as Column<AttributionRowFor[G]>[]
  }
  if (level === "cooperative") {
    const columns: Column<AttributionRowFor["cooperative"]>[] = [
      {
        key: "name",
        header: t("reports:attribution.columns.cooperative"),
        cell: (row) => (
          <Link
            to={`/bureau/attribution/${countyCode ?? row.county_code}/${row.key}${search}`}
            className={LINK}
          >
            {row.name ?? row.key}
          </Link>
        ),
      },
      ...moneyColumns<AttributionRowFor["cooperative"]>(t, language),
      unverifiedColumn<AttributionRowFor["cooperative"]>(t, language),
    ]
    return columns as Column<AttributionRowFor[G]>[]
  }
  const columns: Column<AttributionRowFor["household"]>[] = [
    ...householdColumns<AttributionRowFor["household"]>(t),
    ...moneyColumns<AttributionRowFor["household"]>(t, language),
  ]
  return columns as Column<AttributionRowFor[G]>[]
}
