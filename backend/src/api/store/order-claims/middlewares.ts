import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { sharedRateLimit } from "../../../lib/rate-limit-store"
import { validateBody } from "../../utils/validate-body"

// Each claim sends e-mail: ORDER_CLAIMS_PER_HOUR per customer (default 5),
// the single-order request and "find my guest orders" counted together.
const claimLimit = sharedRateLimit({
  name: "order-claims",
  windowMs: 60 * 60 * 1000,
  limit: Number(process.env.ORDER_CLAIMS_PER_HOUR ?? 5),
  passOnStoreError: false,
  message: "Too many requests to add orders to this account; try again later",
  keyGenerator: (req) =>
    `customer:${(req as unknown as AuthenticatedMedusaRequest).auth_context?.actor_id}`,
})

export const storeOrderClaimsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/order-claims",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      claimLimit,
      validateBody(z.object({}).strict()),
    ],
  },
  {
    // Medusa's own middlewares validate the body; the limit needs the
    // customer first, whichever runs first.
    method: ["POST"],
    matcher: "/store/orders/:id/transfer/request",
    middlewares: [authenticate("customer", ["session", "bearer"]), claimLimit],
  },
]
