import { useTranslation } from "react-i18next"
import { DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import type { QueryParams } from "@/lib/api-client"
import { exportQueue, useQueue } from "../api/queue"
import type { OversightKind } from "../api/types"
import { ExportButton } from "@/components/export-button"
import { QUEUE_COLUMNS } from "./queue-columns"

const QUEUE_LIMIT = 20

// The words of each queue ("flags.…", "cases.…").
export const QUEUE_WORDS = { flag: "flags", case: "cases" } as const

// The flags or the cases of the jurisdiction, oldest open first, a page at
// a time, and the whole queue as CSV; a row opens the item.
export function ItemQueue<K extends OversightKind>({
  kind,
  query,
  offset,
  onOffsetChange,
  openId,
  onOpen,
  countyLabel,
}: {
  kind: K
  query: QueryParams
  offset: number
  onOffsetChange: (offset: number) => void
  openId: string | null
  onOpen: (id: string) => void
  countyLabel: (code: string) => string
}) {
  const { t, i18n } = useTranslation("oversight")
  const words = QUEUE_WORDS[kind]
  const params = { ...query, offset, limit: QUEUE_LIMIT }
  const queue = useQueue(kind, params)
  const columns = QUEUE_COLUMNS[kind]({
    t,
    language: i18n.language,
    openId,
    onOpen,
    countyLabel,
  })
  return (
    <Panel
      title={t(`${words}.tableTitle`)}
      actions={<ExportButton run={() => exportQueue(kind, params)} />}
    >
      <QueryState query={queue}>
        {(data) => (
          // The last page stays on screen, dimmed, while the next loads.
          <div
            aria-busy={queue.isPlaceholderData}
            className={queue.isPlaceholderData ? "opacity-60" : undefined}
          >
            <DataTable
              caption={t(`${words}.tableTitle`)}
              rows={data.items}
              rowKey={(item) => item.id}
              columns={columns}
              empty={{
                title: t(`${words}.empty`),
                hint: t(`${words}.emptyHint`),
              }}
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
