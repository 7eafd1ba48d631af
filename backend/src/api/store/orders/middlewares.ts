import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id/impact",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
