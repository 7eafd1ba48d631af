import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { VendorAddCertification, VendorUpdateProfile } from "./validators"

export const vendorMeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/vendor/me",
    middlewares: [validateBody(VendorUpdateProfile)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/me/certifications",
    middlewares: [validateBody(VendorAddCertification)],
  },
]
