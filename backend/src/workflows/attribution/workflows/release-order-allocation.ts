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
// in the same way). The units are released before the links are dismissed:
// a run cut short between the two leaves the links, so its retry finds the
// order again and the release, which marks what it released, is a no-op.
export const releaseOrderAllocationWorkflow = createWorkflow(
  "release-order-allocation",
  (input: { order_id: string }) => {
    lockOrder("allocation", input)
    const found = findOrderAllocationsStep(input)
    const lineItemIds = transform({ found }, ({ found }) => found.line_item_ids)
    releaseBatchUnitsStep(lineItemIds)
    const allocations = transform({ found }, ({ found }) => found.allocations)
    const links = transform({ allocations }, ({ allocations }) =>
      allocations.map((a): LinkDefinition => ({
        [Modules.ORDER]: { order_line_item_id: a.order_line_item_id },
        [BATCH_MODULE]: { batch_id: a.batch_id },
      }))
    )
    dismissRemoteLinkStep(links)
    unlockOrder("allocation", input)
    return new WorkflowResponse(allocations)
  }
)
