import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  VendorAcceptInvite,
  VendorCreateInvite,
  VendorGetInvitesParams,
} from "./validators"

export const vendorInvitesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/invites",
    middlewares: [validateAndTransformQuery(VendorGetInvitesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/invites",
    middlewares: [validateBody(VendorCreateInvite)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [
      authenticate("cooperative_user", ["bearer"], { allowUnregistered: true }),
      validateBody(VendorAcceptInvite),
    ],
  },
]
