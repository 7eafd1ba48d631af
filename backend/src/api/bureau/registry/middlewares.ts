import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  BureauConfirmMissing,
  BureauCreateRegistryImport,
  BureauGetMissingParams,
  BureauGetRegistryErrorsParams,
  BureauGetRegistryImportsParams,
} from "./validators"

export const bureauRegistryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/bureau/registry/missing",
    middlewares: [validateAndTransformQuery(BureauGetMissingParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/bureau/registry/missing/:id/confirm",
    middlewares: [validateBody(BureauConfirmMissing)],
  },
  {
    method: ["GET"],
    matcher: "/bureau/registry/imports",
    middlewares: [
      validateAndTransformQuery(BureauGetRegistryImportsParams, {}),
    ],
  },
  {
    method: ["POST"],
    matcher: "/bureau/registry/imports",
    middlewares: [validateBody(BureauCreateRegistryImport)],
  },
  {
    // The file is read as a stream by the route, never parsed whole.
    method: ["POST"],
    matcher: "/bureau/registry/imports/:id/file",
    bodyParser: false,
  },
  {
    method: ["GET"],
    matcher: "/bureau/registry/imports/:id/errors",
    middlewares: [validateAndTransformQuery(BureauGetRegistryErrorsParams, {})],
  },
]
