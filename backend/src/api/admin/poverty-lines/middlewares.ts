import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { AdminSetPovertyLine } from "./validators"

export const adminPovertyLinesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/poverty-lines",
    middlewares: [validateBody(AdminSetPovertyLine)],
  },
]
