import { useTranslation } from "react-i18next"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import type { QueryParams } from "@/lib/api-client"
import { exportQueue, useCaseQueue } from "../api/queue"
import type { MonitoringCase } from "../api/types"
import { ageInDays } from "../utils/figures"
import { ExportButton } from "./export-button"
import { QUEUE_LIMIT } from "./flag-queue"
import { HouseholdCell } from "./household-cell"
import { Stacked } from "./stacked"
import { ITEM_TONE } from "./tones"

// The monitoring cases of the jurisdiction (防止返贫监测), oldest open
// first: category, household, what set them off, who works them.
export function CaseQueue({
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
  const { t } = useTranslation("oversight")
  const params = { ...query, offset, limit: QUEUE_LIMIT }
  const cases = useCaseQueue(params)
  const columns: Column<MonitoringCase>[] = [
    {
      key: "category",
      header: t("queue.category"),
      cell: (c) => (
        <button
          type="button"
          onClick={() => onOpen(c.id)}
          aria-current={c.id === openId ? "true" : undefined}
          className="whitespace-nowrap text-left font-medium text-emerald-800 hover:underline aria-[current=true]:underline"
        >
          {t(`category.${c.category}`)}
        </button>
      ),
    },
    {
      key: "place",
      header: t("queue.place"),
      cell: (c) => (
        <Stacked
          main={`${c.township} ${c.village}`}
          note={countyLabel(c.county_code)}
        />
      ),
    },
    {
      key: "household",
      header: t("queue.household"),
      cell: (c) => (
        <HouseholdCell household={c.household} village={c.village} />
      ),
    },
    {
      key: "triggers",
      header: t("queue.triggers"),
      cell: (c) =>
        [...new Set(c.triggers.map((x) => x.trigger))]
          .map((trigger) => t(`trigger.${trigger}`))
          .join(t("list.separator")),
    },
    {
      key: "year",
      header: t("queue.year"),
      numeric: true,
      cell: (c) => c.year,
    },
    {
      key: "age",
      header: t("queue.age"),
      numeric: true,
      cell: (c) => t("queue.days", { count: ageInDays(c.opened_at) }),
    },
    {
      key: "assigned",
      header: t("queue.assigned"),
      cell: (c) => c.assigned_to?.name ?? "—",
    },
    {
      key: "status",
      header: t("queue.status"),
      cell: (c) => (
        <StatusBadge tone={ITEM_TONE[c.status]}>
          {t(`status.${c.status}`)}
        </StatusBadge>
      ),
    },
  ]
  return (
    <Panel
      title={t("cases.tableTitle")}
      actions={<ExportButton run={() => exportQueue("case", params)} />}
    >
      <QueryState query={cases}>
        {(data) => (
          // The last page stays on screen, dimmed, while the next loads.
          <div
            aria-busy={cases.isPlaceholderData}
            className={cases.isPlaceholderData ? "opacity-60" : undefined}
          >
            <DataTable
              caption={t("cases.tableTitle")}
              rows={data.cases}
              rowKey={(c) => c.id}
              columns={columns}
              empty={{ title: t("cases.empty"), hint: t("cases.emptyHint") }}
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
