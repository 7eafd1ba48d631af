import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { lockOrder, unlockOrder } from "../order-lock"
import { findOrderLinesStep } from "../steps/find-order-lines"
import { releaseBatchUnitsStep } from "../steps/release-batch-units"

// A canceled order gives its batch units back (Medusa restocks the inventory
// in the same way): the batch module marks its lines' allocation records
// released and takes them off the counter in one transaction, so a retry
// finds nothing left to release. Returns the records released.
export const releaseOrderAllocationWorkflow = createWorkflow(
  "release-order-allocation",
  (input: { order_id: string }) => {
    lockOrder("allocation", input)
    const lineItemIds = findOrderLinesStep(input)
    const released = releaseBatchUnitsStep(lineItemIds)
    unlockOrder("allocation", input)
    return new WorkflowResponse(released)
  }
)
