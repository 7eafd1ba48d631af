import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { BATCH_MODULE } from "../../modules/batch"
import { allocateBatchUnitsStep } from "./steps/allocate-batch-units"
import { findUnallocatedLinesStep } from "./steps/find-unallocated-lines"
import { lockOrder, unlockOrder } from "./order-lock"

// Composed into a workflow (as lockOrder is): allocates each line of a
// placed order to batches of its variant and stores the allocation as line
// item ↔ batch links with quantities, under the order's allocation lock.
// Checkout composes it into its own workflow rather than running
// allocateOrderWorkflow nested, which costs a nested run for nothing.
// Safe to run more than once for an order (checkout and the order.placed
// subscriber both do): the lock and the "lines still to allocate" read make
// it a no-op. The counter and the links commit separately; a run cut short
// between them is repaired by the next: allocateUnits hands back the lines'
// recorded allocations without counting them again, and their links are
// written.
export function allocateOrderLines(
  input: WorkflowData<{ order_id: string }> | { order_id: string }
) {
  lockOrder("allocation", input)
  const requests = findUnallocatedLinesStep(input)
  const allocations = allocateBatchUnitsStep(requests)
  const links = transform({ allocations }, ({ allocations }) =>
    allocations.map((a): LinkDefinition => ({
      [Modules.ORDER]: { order_line_item_id: a.line_item_id },
      [BATCH_MODULE]: { batch_id: a.batch_id },
      data: { quantity: a.quantity },
    }))
  )
  createRemoteLinkStep(links).config({ name: "link-allocated-batches" })
  unlockOrder("allocation", input)
  return allocations
}
