import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { unlessUrl } from "../utils/unless-url"
import { VendorRegisterCooperative } from "./cooperatives/validators"

const REGISTRATION = /^\/vendor\/cooperatives\/?$/

export const vendorMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendor/*",
    middlewares: [
      unlessUrl(
        REGISTRATION,
        authenticate("cooperative_user", ["bearer", "session"])
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/vendor/cooperatives",
    middlewares: [
      authenticate("cooperative_user", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(VendorRegisterCooperative),
    ],
  },
]
