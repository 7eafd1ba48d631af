import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  VendorAttachAgreementDocument,
  VendorCreateAgreement,
  VendorEndAgreement,
  VendorGetAgreementsParams,
} from "./validators"

export const vendorAgreementsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/agreements",
    middlewares: [validateAndTransformQuery(VendorGetAgreementsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/agreements",
    middlewares: [validateBody(VendorCreateAgreement)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/agreements/:id/end",
    middlewares: [validateBody(VendorEndAgreement)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/agreements/:id/document",
    middlewares: [validateBody(VendorAttachAgreementDocument)],
  },
]
