import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { type Column, DataTable } from "@/components/data-table"
import { StatusBadge } from "@/components/status-badge"
import { formatDate } from "@/lib/format"
import { formatFen } from "@/lib/money"
import type {
  CaseStatus,
  FlagStatus,
  HouseholdStreams,
  OversightKind,
} from "../api/types"
import { itemPath } from "../utils/item-path"
import { registryTotal, timelineYears } from "../utils/timeline-option"
import { Stacked } from "./stacked"
import { ITEM_TONE } from "./tones"

type YearRow = { year: number }

// The chart's figures, a line a year, newest first, and what happened in
// the year: shock events, flags and cases (each opens in its queue).
export function TimelineTable({ streams }: { streams: HouseholdStreams }) {
  const { t, i18n } = useTranslation("oversight")
  const money = (fen: number) => formatFen(fen, i18n.language)
  const of = (year: number) => streams.years.find((y) => y.year === year)
  const columns: Column<YearRow>[] = [
    { key: "year", header: t("timeline.year"), cell: (r) => r.year },
    {
      key: "aid",
      header: t("timeline.aid"),
      numeric: true,
      cell: (r) => {
        const y = of(r.year)
        const total = Object.values(y?.aid ?? {}).reduce((a, b) => a + b, 0)
        return (
          <Stacked
            main={money(total)}
            note={
              y?.aid_records
                ? t("queue.records", { count: y.aid_records })
                : undefined
            }
          />
        )
      },
    },
    {
      key: "revenue",
      header: t("timeline.revenue"),
      numeric: true,
      cell: (r) => money(of(r.year)?.marketplace_revenue ?? 0),
    },
    {
      key: "payouts",
      header: t("timeline.confirmed"),
      numeric: true,
      cell: (r) => {
        const y = of(r.year)
        return (
          <Stacked
            main={money(y?.payouts_confirmed ?? 0)}
            note={
              y?.payouts_paid
                ? t("timeline.paid", { amount: money(y.payouts_paid) })
                : undefined
            }
          />
        )
      },
    },
    {
      key: "registry",
      header: t("timeline.registry"),
      numeric: true,
      cell: (r) => {
        const total = registryTotal(of(r.year)?.registry_income ?? null)
        return total === null ? "—" : money(total)
      },
    },
    {
      key: "events",
      header: t("timeline.events"),
      cell: (r) => <YearEvents streams={streams} year={r.year} />,
    },
  ]
  const rows = timelineYears(streams)
    .reverse()
    .map((year) => ({ year }))
  return (
    <DataTable
      caption={t("timeline.tableTitle")}
      rows={rows}
      rowKey={(r) => String(r.year)}
      columns={columns}
      empty={{ title: t("timeline.empty") }}
    />
  )
}

function YearEvents({
  streams: s,
  year,
}: {
  streams: HouseholdStreams
  year: number
}) {
  const { t, i18n } = useTranslation("oversight")
  const shocks = s.shock_events.filter((e) =>
    e.occurred_on.startsWith(String(year))
  )
  const flags = s.flags.filter((f) => f.year === year)
  const cases = s.cases.filter((c) => c.year === year)
  if (!shocks.length && !flags.length && !cases.length) return "—"
  return (
    <ul className="flex flex-col gap-1">
      {shocks.map((e) => (
        <li key={e.id} className="text-red-800">
          <Stacked
            main={t("timeline.shock", {
              kind: t(`shockKind.${e.kind}`),
              on: formatDate(e.occurred_on, i18n.language),
            })}
            note={[
              e.description,
              t("timeline.reportedBy", {
                who: t(`reporter.${e.reported_by_type}`),
              }),
            ]
              .filter(Boolean)
              .join(" · ")}
          />
        </li>
      ))}
      {flags.map((f) => (
        <ItemLine
          key={f.id}
          kind="flag"
          id={f.id}
          text={t("timeline.flag", { rule: t(`rule.${f.rule}`) })}
          status={f.status}
        />
      ))}
      {cases.map((c) => (
        <ItemLine
          key={c.id}
          kind="case"
          id={c.id}
          text={t("timeline.case", { category: t(`category.${c.category}`) })}
          status={c.status}
        />
      ))}
    </ul>
  )
}

// A flag or case of the year, opening in its queue, with its status.
function ItemLine({
  kind,
  id,
  text,
  status,
}: {
  kind: OversightKind
  id: string
  text: string
  status: FlagStatus | CaseStatus
}) {
  const { t } = useTranslation("oversight")
  return (
    <li className="flex flex-wrap items-center gap-2">
      <Link
        to={itemPath(kind, id)}
        className="text-emerald-800 hover:underline"
      >
        {text}
      </Link>
      <StatusBadge tone={ITEM_TONE[status]}>
        {t(`status.${status}`)}
      </StatusBadge>
    </li>
  )
}
