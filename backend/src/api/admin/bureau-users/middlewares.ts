import { type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateBureauUser } from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminBureauUsersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/bureau-users",
    middlewares: [validateBody(AdminCreateBureauUser)],
  },
]
