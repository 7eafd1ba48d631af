import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  VendorCreateProduct,
  VendorGetProductsParams,
  VendorUpdateProduct,
} from "./validators"

export const vendorProductsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/products",
    middlewares: [validateAndTransformQuery(VendorGetProductsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products",
    middlewares: [validateBody(VendorCreateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id",
    middlewares: [validateBody(VendorUpdateProduct)],
  },
]
