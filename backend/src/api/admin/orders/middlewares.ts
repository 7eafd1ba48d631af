import type { MiddlewareRoute } from "@medusajs/framework/http"
import { serializeOrderMoney } from "../../utils/serialize-order-money"

// Medusa's own money routes, serialised per order and payment; the order's
// attribution read.
export const adminOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/payments/:id/capture",
    middlewares: [serializeOrderMoney("payment")],
  },
  {
    method: ["POST"],
    matcher: "/admin/payments/:id/refund",
    middlewares: [serializeOrderMoney("payment")],
  },
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/cancel",
    middlewares: [serializeOrderMoney("order")],
  },
]
