import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminAttributionOverviewParams } from "./validators"

export const adminAttributionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/attribution/overview",
    middlewares: [
      validateAndTransformQuery(AdminAttributionOverviewParams, {}),
    ],
  },
]
