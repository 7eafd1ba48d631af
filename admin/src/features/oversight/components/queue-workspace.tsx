import { queueQuery } from "../api/queue"
import type { OversightKind } from "../api/types"
import { useQueueFilters } from "../hooks/use-queue-filters"
import { CaseDrawer } from "./case-drawer"
import { FlagDrawer } from "./flag-drawer"
import { ItemQueue } from "./item-queue"
import { QueueFilterForm } from "./queue-filters"

const DRAWER = { flag: FlagDrawer, case: CaseDrawer }

// A queue's filters, its page and the item open in the drawer beside it,
// all in the URL (a reload or a shared link shows the same).
export function QueueWorkspace({
  kind,
  meId,
  countyLabel,
  countyOptions,
}: {
  kind: OversightKind
  meId: string | undefined
  countyLabel: (code: string) => string
  countyOptions: { value: string; label: string }[]
}) {
  const queue = useQueueFilters(kind)
  const ItemDrawer = DRAWER[kind]
  return (
    <>
      <QueueFilterForm
        kind={kind}
        values={queue.filters}
        countyOptions={countyOptions}
        onApply={queue.setFilters}
      />
      <ItemQueue
        kind={kind}
        query={queueQuery(kind, queue.filters)}
        offset={queue.offset}
        onOffsetChange={queue.setOffset}
        openId={queue.openId}
        onOpen={queue.setOpenId}
        countyLabel={countyLabel}
      />
      {queue.openId && (
        <ItemDrawer
          id={queue.openId}
          meId={meId}
          countyLabel={countyLabel}
          onClose={() => queue.setOpenId(null)}
        />
      )}
    </>
  )
}
