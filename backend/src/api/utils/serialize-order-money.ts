import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { findPaymentOrderId } from "../../workflows/attribution/utils/payment-order"

// How long a caller waits for the order's previous money call to finish
// before it is told that nothing happened and it may retry.
const WAIT_SECONDS = 30

// Medusa's capture, refund and cancel routes take no lock, and a refund
// writes a credit-line order change: two at once on one order leave one
// caller with an error although its refund was recorded, or the order's new
// version with its lines twice. Every such call holds the order's and the
// payment's money lock (Medusa's locking module: Redis when configured)
// from the moment it is routed until its response is sent, so they run one
// after another and each answer tells the truth. Keys are taken in one
// order (order, then payment) so two calls never wait on each other.
export function serializeOrderMoney(target: "payment" | "order") {
  return async (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const id = req.params.id
    const orderId =
      target === "order" ? id : await findPaymentOrderId(req.scope, id)
    const keys = [
      ...(orderId ? [`order-money:${orderId}`] : []),
      ...(target === "payment" ? [`payment-money:${id}`] : []),
    ]
    const locking = req.scope.resolve(Modules.LOCKING)
    const responded = new Promise<void>((resolve) => {
      res.once("finish", () => resolve())
      res.once("close", () => resolve())
    })
    let routed = false
    try {
      await locking.execute(
        keys,
        async () => {
          routed = true
          next()
          await responded
        },
        { timeout: WAIT_SECONDS }
      )
    } catch (error) {
      if (routed) return
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`money lock on ${keys.join(", ")} not acquired: ${error}`)
      next(
        new MedusaError(
          MedusaError.Types.CONFLICT,
          "Another payment operation on this order is still running; nothing was changed, try again"
        )
      )
    }
  }
}
