import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { allocateOrderWorkflow } from "../../attribution/workflows/allocate-order"
import { finishPlacementStep } from "../steps/finish-placement"
import { forgetPlacementStep } from "../steps/forget-placement"
import { resumePlacement } from "../resume-placement"
import { finishInterruptedPlacementWorkflow } from "./finish-interrupted-placement"

// For a checkout cut short whose shopper never completed the cart again:
// finishes the order the cut attempt created, as the shopper's retry would
// have, or, when the attempt died before Medusa created one, drops the
// record. Never places an order itself. Takes the cart's lock without
// waiting: a shopper completing the cart right now goes first.
export const finishAbandonedPlacementWorkflow = createWorkflow(
  "finish-abandoned-placement",
  (input: { cart_id: string }) => {
    acquireLockStep(
      transform({ input }, ({ input }) => ({
        key: input.cart_id,
        timeout: 0,
        ttl: 120,
      }))
    )
    const { placement, earlierOrderId } = resumePlacement(input)
    when(
      "abandoned-order",
      { earlierOrderId },
      ({ earlierOrderId }) => !!earlierOrderId
    ).then(() => {
      const order = transform({ input, earlierOrderId }, (data) => ({
        order_id: data.earlierOrderId!,
        cart_id: data.input.cart_id,
      }))
      finishInterruptedPlacementWorkflow.runAsStep({ input: order })
      allocateOrderWorkflow.runAsStep({
        input: transform({ order }, ({ order }) => ({
          order_id: order.order_id,
        })),
      })
      finishPlacementStep(
        transform({ placement, order }, ({ placement, order }) => ({
          id: placement.id,
          order_id: order.order_id,
        }))
      )
    })
    when(
      "abandoned-before-order",
      { placement, earlierOrderId },
      ({ placement, earlierOrderId }) =>
        placement.interrupted && !earlierOrderId
    ).then(() => {
      forgetPlacementStep(
        transform({ placement }, ({ placement }) => ({ id: placement.id }))
      )
    })
    releaseLockStep(
      transform({ input }, ({ input }) => ({ key: input.cart_id }))
    )
    return new WorkflowResponse(
      transform(
        { earlierOrderId },
        ({ earlierOrderId }) => earlierOrderId ?? null
      )
    )
  }
)
