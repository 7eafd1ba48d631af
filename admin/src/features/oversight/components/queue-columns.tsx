import type { TFunction } from "i18next"
import type { Column } from "@/components/data-table"
import { StatusBadge } from "@/components/status-badge"
import type {
  AnyItem,
  Flag,
  MonitoringCase,
  OversightKind,
  QueueItem,
} from "../api/types"
import { ageInDays, flagFiguresText } from "../utils/figures"
import { HouseholdCell } from "./household-cell"
import { Stacked } from "./stacked"
import { ITEM_TONE } from "./tones"

export type ColumnContext = {
  t: TFunction
  language: string
  openId: string | null
  onOpen: (id: string) => void
  countyLabel: (code: string) => string
}

// The columns both queues share, around what only one has: the item's
// rule or category (which opens it), where, whose, then after the
// figures its year, age, who works it and its status.
function columns<T extends AnyItem>(
  { t, openId, onOpen, countyLabel }: ColumnContext,
  spec: {
    name: { key: string; header: string; label: (item: T) => string }
    found: Column<T>
    statusNote?: (item: T) => string | undefined
  }
): Column<T>[] {
  return [
    {
      key: spec.name.key,
      header: spec.name.header,
      cell: (item) => (
        <button
          type="button"
          onClick={() => onOpen(item.id)}
          aria-current={item.id === openId ? "true" : undefined}
          className="whitespace-nowrap text-left font-medium text-emerald-800 hover:underline aria-[current=true]:underline"
        >
          {spec.name.label(item)}
        </button>
      ),
    },
    {
      key: "place",
      header: t("queue.place"),
      cell: (item) => (
        <Stacked
          main={`${item.township} ${item.village}`}
          note={countyLabel(item.county_code)}
        />
      ),
    },
    {
      key: "household",
      header: t("queue.household"),
      cell: (item) => (
        <HouseholdCell household={item.household} village={item.village} />
      ),
    },
    spec.found,
    {
      key: "year",
      header: t("queue.year"),
      numeric: true,
      cell: (item) => item.year,
    },
    {
      key: "age",
      header: t("queue.age"),
      numeric: true,
      cell: (item) => t("queue.days", { count: ageInDays(item.opened_at) }),
    },
    {
      key: "assigned",
      header: t("queue.assigned"),
      cell: (item) => item.assigned_to?.name ?? "—",
    },
    {
      key: "status",
      header: t("queue.status"),
      cell: (item) => (
        <Stacked
          main={
            <StatusBadge tone={ITEM_TONE[item.status]}>
              {t(`status.${item.status}`)}
            </StatusBadge>
          }
          note={spec.statusNote?.(item)}
        />
      ),
    },
  ]
}

// Flags: the rule in words, what it found and in how many aid records,
// and how often the flag opened again.
const flagColumns = (ctx: ColumnContext): Column<Flag>[] =>
  columns<Flag>(ctx, {
    name: {
      key: "rule",
      header: ctx.t("queue.rule"),
      label: (f) => ctx.t(`rule.${f.rule}`),
    },
    found: {
      key: "figures",
      header: ctx.t("queue.figures"),
      cell: (f) => (
        <Stacked
          main={flagFiguresText(f, ctx.t, ctx.language)}
          note={
            f.evidence_records
              ? ctx.t("queue.records", { count: f.evidence_records })
              : undefined
          }
        />
      ),
    },
    statusNote: (f) =>
      f.reopened_count
        ? ctx.t("queue.reopened", { count: f.reopened_count })
        : undefined,
  })

// Cases (防止返贫监测): the category in words and what set it off.
const caseColumns = (ctx: ColumnContext): Column<MonitoringCase>[] =>
  columns<MonitoringCase>(ctx, {
    name: {
      key: "category",
      header: ctx.t("queue.category"),
      label: (c) => ctx.t(`category.${c.category}`),
    },
    found: {
      key: "triggers",
      header: ctx.t("queue.triggers"),
      cell: (c) =>
        [...new Set(c.triggers.map((x) => x.trigger))]
          .map((trigger) => ctx.t(`trigger.${trigger}`))
          .join(ctx.t("list.separator")),
    },
  })

export const QUEUE_COLUMNS: {
  [K in OversightKind]: (ctx: ColumnContext) => Column<QueueItem[K]>[]
} = { flag: flagColumns, case: caseColumns }
