import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  AdminChangeCooperativeStatus,
  AdminGetCooperativesParams,
} from "./validators"

export const adminCooperativesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/cooperatives",
    middlewares: [validateAndTransformQuery(AdminGetCooperativesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/suspend",
    middlewares: [validateBody(AdminChangeCooperativeStatus)],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/reinstate",
    middlewares: [validateBody(AdminChangeCooperativeStatus)],
  },
]
