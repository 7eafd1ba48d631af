import type { WorkflowData } from "@medusajs/framework/workflows-sdk"
import { allocateBatchUnitsStep } from "./steps/allocate-batch-units"
import { findUnallocatedLinesStep } from "./steps/find-unallocated-lines"
import { lockOrder, unlockOrder } from "./order-lock"

// Composed into a workflow (as lockOrder is): allocates each line of a
// placed order to batches of its variant, under the order's allocation lock.
// The batch module's records (batch_allocation, written with the counter in
// one transaction) are the allocation: there is nothing else to write.
// Checkout composes it into its own workflow rather than running
// allocateOrderWorkflow nested, which costs a nested run for nothing.
// Safe to run more than once for an order (checkout and the order.placed
// subscriber both do): the lock and the "lines still to allocate" read make
// it a no-op.
export function allocateOrderLines(
  input: WorkflowData<{ order_id: string }> | { order_id: string }
) {
  lockOrder("allocation", input)
  const requests = findUnallocatedLinesStep(input)
  const allocations = allocateBatchUnitsStep(requests)
  unlockOrder("allocation", input)
  return allocations
}
