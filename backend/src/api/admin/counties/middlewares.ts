import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listCountiesQueryConfig,
  retrieveCountyQueryConfig,
} from "./query-config"
import {
  AdminCreateCounty,
  AdminGetCountiesParams,
  AdminGetCountyParams,
  AdminUpdateCounty,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminCountiesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/counties",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCountiesParams,
        listCountiesQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/counties",
    middlewares: [
      validateBody(AdminCreateCounty),
      validateAndTransformQuery(
        AdminGetCountyParams,
        retrieveCountyQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/counties/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCountyParams,
        retrieveCountyQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/counties/:id",
    middlewares: [
      validateBody(AdminUpdateCounty),
      validateAndTransformQuery(
        AdminGetCountyParams,
        retrieveCountyQueryConfig
      ),
    ],
  },
]
