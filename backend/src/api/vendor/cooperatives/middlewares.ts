import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { VendorRegisterCooperative } from "./validators"

export const vendorCooperativesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/vendor/cooperatives",
    middlewares: [
      authenticate("cooperative_user", ["bearer"], { allowUnregistered: true }),
      validateBody(VendorRegisterCooperative),
    ],
  },
]
