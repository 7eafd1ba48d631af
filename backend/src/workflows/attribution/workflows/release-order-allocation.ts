import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { lockOrder, unlockOrder } from "../order-lock"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { BATCH_MODULE } from "../../../modules/batch"
import { findOrderAllocationsStep } from "../steps/find-order-allocations"
import { releaseBatchUnitsStep } from "../steps/release-batch-units"

// A canceled order gives its batch units back (Medusa restocks the inventory
// in the same way). Removing the links first makes a second cancel event a
// no-op: there is nothing left to release.
export const releaseOrderAllocationWorkflow = createWorkflow(
  "release-order-allocation",
  (input: { order_id: string }) => {
    lockOrder("allocation", input)
    const allocations = findOrderAllocationsStep(input)
    const links = transform({ allocations }, ({ allocations }) =>
      allocations.map((a): LinkDefinition => ({
        [Modules.ORDER]: { order_line_item_id: a.order_line_item_id },
        [BATCH_MODULE]: { batch_id: a.batch_id },
      }))
    )
    dismissRemoteLinkStep(links)
    releaseBatchUnitsStep(allocations)
    unlockOrder("allocation", input)
    return new WorkflowResponse(allocations)
  }
)
