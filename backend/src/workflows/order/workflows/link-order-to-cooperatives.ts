import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { findOrderCooperativesStep } from "../steps/find-order-cooperatives"

// Links a placed order to every cooperative whose products it contains.
export const linkOrderToCooperativesWorkflow = createWorkflow(
  "link-order-to-cooperatives",
  (input: { order_id: string }) => {
    const cooperativeIds = findOrderCooperativesStep(input)
    const links = transform(
      { input, cooperativeIds },
      ({ input, cooperativeIds }): LinkDefinition[] =>
        cooperativeIds.map((cooperative_id) => ({
          [COOPERATIVE_MODULE]: { cooperative_id },
          [Modules.ORDER]: { order_id: input.order_id },
        }))
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(cooperativeIds)
  }
)
