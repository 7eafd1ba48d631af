import type { TFunction } from "i18next"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { formatFen } from "@/lib/money"
import { useReport } from "../api/get-report"
import type {
  ObligationReport as Report,
  ObligationReportName,
  ObligationReportRow,
} from "../api/types"
import { CsvButton } from "./csv-button"
import { Stacked } from "./stacked"

const LIMIT = 20

const KEY = {
  "late-payments": "late",
  "floor-compliance": "floor",
} as const

// Obligations of the jurisdiction (or of one cooperative) one by one, oldest
// due first: "late-payments" — unpaid longer than the late window after
// falling due; "floor-compliance" — purchases paid below what the floor
// price made them worth once that window closed, with the shortfall.
export function ObligationReport({
  report,
  cooperativeId,
  offset,
  onOffsetChange,
}: {
  report: ObligationReportName
  // One cooperative's (its column is then left out).
  cooperativeId?: string
  offset: number
  onOffsetChange: (offset: number) => void
}) {
  const { t, i18n } = useTranslation("reports")
  const key = KEY[report]
  const params = {
    ...(cooperativeId ? { cooperative_id: cooperativeId } : {}),
    limit: LIMIT,
    offset,
  }
  const query = useReport<Report>(report, params)
  const title = t(`obligations.${key}.title`)
  return (
    <Panel
      title={title}
      actions={
        <CsvButton
          report={report}
          params={params}
          filename={[report, cooperativeId].filter(Boolean).join("-")}
        />
      }
    >
      <QueryState query={query}>
        {(data) => (
          <div className="flex flex-col gap-3" data-testid={report}>
            <p className="text-sm text-stone-700">
              {t(`obligations.${key}.summary`, {
                count: data.count,
                days: data.days,
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
              caption={title}
              rows={data[report] ?? []}
              rowKey={(row) => row.obligation_id}
              empty={{
                title: t(`obligations.${key}.empty`),
                hint: t(`obligations.${key}.emptyHint`, { days: data.days }),
              }}
              columns={obligationColumns(report, t, i18n.language, {
                withCooperative: !cooperativeId,
              })}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}

// "Batch …VQTX" (the batch id's end; the whole id on hover and in the CSV),
// or the agreement's period ("2026-06"); what it was reckoned from on hover.
function Source({ row, t }: { row: ObligationReportRow; t: TFunction }) {
  if (row.source_type === "batch") {
    const id = row.source_id
    return (
      <span title={[id, row.basis].filter(Boolean).join("\n")}>
        {t("obligations.source.batch", {
          id: id.length > 12 ? `…${id.slice(-8)}` : id,
        })}
      </span>
    )
  }
  return (
    <span title={row.basis ?? undefined}>
      {t("obligations.source.period", {
        period: row.source_id.slice(row.source_id.lastIndexOf(":") + 1),
      })}
    </span>
  )
}

function obligationColumns(
  report: ObligationReportName,
  t: TFunction,
  language: string,
  { withCooperative }: { withCooperative: boolean }
): Column<ObligationReportRow>[] {
  const money = (fen: number | null) =>
    fen === null ? "—" : formatFen(fen, language)
  const columns: (Column<ObligationReportRow> | false)[] = [
    withCooperative && {
      key: "cooperative",
      header: t("obligations.columns.cooperative"),
      cell: (r) => (
        <Link
          to={`/bureau/cooperatives/${r.cooperative_id}`}
          className="text-emerald-800 hover:underline"
        >
          {r.cooperative_name ?? r.cooperative_id}
        </Link>
      ),
    },
    {
      key: "household",
      header: t("obligations.columns.household"),
      cell: (r) => (
        <Stacked
          main={
            <Link
              to={`/bureau/households/${r.household_id}`}
              className="font-mono text-emerald-800 hover:underline"
            >
              {r.registry_number ?? r.household_id}
            </Link>
          }
          note={[r.head_name, r.village].filter(Boolean).join(" · ")}
        />
      ),
    },
    {
      key: "kind",
      header: t("obligations.columns.kindSource"),
      cell: (r) => (
        <Stacked
          main={t(`obligations.kind.${r.kind}`)}
          note={<Source row={r} t={t} />}
        />
      ),
    },
    {
      key: "due",
      header: t("obligations.columns.dueOverdue"),
      cell: (r) => (
        <Stacked
          main={<span className="tabular-nums">{r.due_on}</span>}
          note={t("obligations.overdue", { count: r.days_overdue })}
          tone="font-medium text-red-700"
        />
      ),
    },
    {
      key: "amount",
      header: t("obligations.columns.amount"),
      cell: (r) => money(r.amount),
      numeric: true,
    },
    {
      key: "settled",
      header: t("obligations.columns.settled"),
      cell: (r) => money(r.settled),
      numeric: true,
    },
    {
      key: "outstanding",
      header: t("obligations.columns.outstanding"),
      cell: (r) => <span className="font-medium">{money(r.outstanding)}</span>,
      numeric: true,
    },
    report === "floor-compliance" && {
      key: "floor",
      header: t("obligations.columns.floor"),
      cell: (r) => money(r.floor_amount),
      numeric: true,
    },
    report === "floor-compliance" && {
      key: "shortfall",
      header: t("obligations.columns.shortfall"),
      cell: (r) => (
        <span className="font-medium text-red-700">
          {money(r.floor_shortfall)}
        </span>
      ),
      numeric: true,
    },
  ]
  return columns.filter((c): c is Column<ObligationReportRow> => Boolean(c))
}
