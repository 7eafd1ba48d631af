import {
  type MiddlewareRoute,
  validateAndTransformBody,
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
      validateAndTransformBody(AdminCreateCounty),
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
      validateAndTransformBody(AdminUpdateCounty),
      validateAndTransformQuery(
        AdminGetCountyParams,
        retrieveCountyQueryConfig
      ),
    ],
  },
]
