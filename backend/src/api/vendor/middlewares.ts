import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { unlessUrl } from "../utils/unless-url"
import { householdAttemptLimit } from "./households/attempt-limit"
import { refuseSuspendedWrites } from "./refuse-suspended"
import {
  VendorAppendTraceEvent,
  VendorBatchLabelParams,
  VendorCreateBatch,
  VendorGetBatchesParams,
} from "./batches/validators"
import { VendorRegisterCooperative } from "./cooperatives/validators"
import {
  VendorAcceptInvite,
  VendorCreateInvite,
  VendorGetInvitesParams,
} from "./invites/validators"
import { VendorGetUsersParams } from "./users/validators"
import { VendorAddCertification, VendorUpdateProfile } from "./me/validators"
import {
  VendorCreateFulfillment,
  VendorGetOrdersParams,
} from "./orders/validators"
import {
  VendorCreateProduct,
  VendorGetProductsParams,
  VendorUpdateProduct,
} from "./products/validators"
import {
  VendorCreateHousehold,
  VendorGetHouseholdsParams,
  VendorGetJoinRequestsParams,
  VendorLinkHousehold,
  VendorUpdateHousehold,
} from "./households/validators"
import { validateBody } from "../utils/validate-body"
import { VendorAttributionParams } from "./attribution/validators"

// Routes a freshly registered (not yet bound) identity may call.
const REGISTRATION = /^\/vendor\/(cooperatives|invites\/accept)\/?$/
// Writes a suspended cooperative may still make: shipping its orders.
const WHILE_SUSPENDED =
  /^\/vendor\/(cooperatives|invites\/accept|orders\/[^/]+\/fulfillments)\/?$/

// One counter for both doors to the registry (see householdAttemptLimit).
const householdAttempts = householdAttemptLimit()

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
    method: ["POST", "PUT", "PATCH", "DELETE"],
    matcher: "/vendor/*",
    middlewares: [unlessUrl(WHILE_SUSPENDED, refuseSuspendedWrites)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/cooperatives",
    middlewares: [
      authenticate("cooperative_user", ["bearer"], { allowUnregistered: true }),
      validateBody(VendorRegisterCooperative),
    ],
  },
  {
    method: ["GET"],
    matcher: "/vendor/households",
    middlewares: [validateAndTransformQuery(VendorGetHouseholdsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/households",
    middlewares: [householdAttempts, validateBody(VendorCreateHousehold)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/households/link",
    middlewares: [householdAttempts, validateBody(VendorLinkHousehold)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/households/join-requests",
    middlewares: [validateAndTransformQuery(VendorGetJoinRequestsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/households/:id",
    middlewares: [
      unlessUrl(
        /\/(link|join-requests)\/?$/,
        validateBody(VendorUpdateHousehold)
      ),
    ],
  },
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
    method: ["GET"],
    matcher: "/vendor/batches",
    middlewares: [validateAndTransformQuery(VendorGetBatchesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/batches",
    middlewares: [validateBody(VendorCreateBatch)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/batches/:id/trace-events",
    middlewares: [validateBody(VendorAppendTraceEvent)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/batches/:id/label",
    middlewares: [validateAndTransformQuery(VendorBatchLabelParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/me",
    middlewares: [validateBody(VendorUpdateProfile)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/invites",
    middlewares: [validateAndTransformQuery(VendorGetInvitesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/vendor/users",
    middlewares: [validateAndTransformQuery(VendorGetUsersParams, {})],
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
  {
    method: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [validateAndTransformQuery(VendorGetOrdersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id",
    middlewares: [validateBody(VendorUpdateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/me/certifications",
    middlewares: [validateBody(VendorAddCertification)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/attribution",
    middlewares: [validateAndTransformQuery(VendorAttributionParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments",
    middlewares: [validateBody(VendorCreateFulfillment)],
  },
]
