import type { LineRecord } from "../../modules/batch/service"
import type { LineAllocation } from "./types"

const pairKey = (lineId: string, batchId: string) => `${lineId}\u0000${batchId}`

// Which of an order's lines still need BatchModuleService.allocateUnits:
// lines never allocated (no record), and lines whose unreleased records are
// not all linked yet (a run cut between the counter and the links), for
// which allocateUnits hands the records back without counting them again.
// A line whose records were all released (a canceled order) needs nothing.
export function linesToAllocate(
  lineIds: string[],
  records: LineRecord[],
  links: Pick<LineAllocation, "order_line_item_id" | "batch_id">[]
): string[] {
  const linked = new Set(
    links.map((l) => pairKey(l.order_line_item_id, l.batch_id))
  )
  const recorded = new Set(records.map((r) => r.line_item_id))
  const unlinked = new Set(
    records
      .filter(
        (r) => !r.released && !linked.has(pairKey(r.line_item_id, r.batch_id))
      )
      .map((r) => r.line_item_id)
  )
  return lineIds.filter((id) => !recorded.has(id) || unlinked.has(id))
}

// Lines holding units (unreleased records): only these can lack a link.
export function heldLines(records: LineRecord[]): string[] {
  return [
    ...new Set(records.filter((r) => !r.released).map((r) => r.line_item_id)),
  ]
}
