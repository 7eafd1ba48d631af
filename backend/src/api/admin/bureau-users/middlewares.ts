import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { AdminCreateBureauUser } from "./validators"

export const adminBureauUsersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/bureau-users",
    middlewares: [validateAndTransformBody(AdminCreateBureauUser)],
  },
]
