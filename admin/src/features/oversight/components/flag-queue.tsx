import { useTranslation } from "react-i18next"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import type { QueryParams } from "@/lib/api-client"
import { exportQueue, useFlagQueue } from "../api/queue"
import type { Flag } from "../api/types"
import { ageInDays, flagFiguresText } from "../utils/figures"
import { ExportButton } from "./export-button"
import { HouseholdCell } from "./household-cell"
import { Stacked } from "./stacked"
import { ITEM_TONE } from "./tones"

export const QUEUE_LIMIT = 20

// The flags of the jurisdiction, oldest open first: the rule in words,
// where, whose, what it found and who works it; a row opens the flag.
export function FlagQueue({
  query,
  offset,
  onOffsetChange,
  openId,
  onOpen,
  countyLabel,
}: {
  query: QueryParams
  offset: number
  onOffsetChange: (offset: number) => void
  openId: string | null
  onOpen: (id: string) => void
  countyLabel: (code: string) => string
}) {
  const { t, i18n } = useTranslation("oversight")
  const params = { ...query, offset, limit: QUEUE_LIMIT }
  const flags = useFlagQueue(params)
  const columns: Column<Flag>[] = [
    {
      key: "rule",
      header: t("queue.rule"),
      cell: (f) => (
        <button
          type="button"
          onClick={() => onOpen(f.id)}
          aria-current={f.id === openId ? "true" : undefined}
          className="whitespace-nowrap text-left font-medium text-emerald-800 hover:underline aria-[current=true]:underline"
        >
          {t(`rule.${f.rule}`)}
        </button>
      ),
    },
    {
      key: "place",
      header: t("queue.place"),
      cell: (f) => (
        <Stacked
          main={`${f.township} ${f.village}`}
          note={countyLabel(f.county_code)}
        />
      ),
    },
    {
      key: "household",
      header: t("queue.household"),
      cell: (f) => (
        <HouseholdCell household={f.household} village={f.village} />
      ),
    },
    {
      key: "figures",
      header: t("queue.figures"),
      cell: (f) => (
        <Stacked
          main={flagFiguresText(f, t, i18n.language)}
          note={
            f.evidence_records
              ? t("queue.records", { count: f.evidence_records })
              : undefined
          }
        />
      ),
    },
    {
      key: "year",
      header: t("queue.year"),
      numeric: true,
      cell: (f) => f.year,
    },
    {
      key: "age",
      header: t("queue.age"),
      numeric: true,
      cell: (f) => t("queue.days", { count: ageInDays(f.opened_at) }),
    },
    {
      key: "assigned",
      header: t("queue.assigned"),
      cell: (f) => f.assigned_to?.name ?? "—",
    },
    {
      key: "status",
      header: t("queue.status"),
      cell: (f) => (
        <Stacked
          main={
            <StatusBadge tone={ITEM_TONE[f.status]}>
              {t(`status.${f.status}`)}
            </StatusBadge>
          }
          note={
            f.reopened_count
              ? t("queue.reopened", { count: f.reopened_count })
              : undefined
          }
        />
      ),
    },
  ]
  return (
    <Panel
      title={t("flags.tableTitle")}
      actions={<ExportButton run={() => exportQueue("flag", params)} />}
    >
      <QueryState query={flags}>
        {(data) => (
          // The last page stays on screen, dimmed, while the next loads.
          <div
            aria-busy={flags.isPlaceholderData}
            className={flags.isPlaceholderData ? "opacity-60" : undefined}
          >
            <DataTable
              caption={t("flags.tableTitle")}
              rows={data.flags}
              rowKey={(f) => f.id}
              columns={columns}
              empty={{ title: t("flags.empty"), hint: t("flags.emptyHint") }}
              page={{
                count: data.count,
                offset,
                limit: QUEUE_LIMIT,
                onChange: onOffsetChange,
              }}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
