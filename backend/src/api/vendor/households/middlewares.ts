import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { unlessUrl } from "../../utils/unless-url"
import { BureauShockEvent } from "../../bureau/oversight/validators"
import { householdAttemptLimit } from "./attempt-limit"
import {
  VendorCreateHousehold,
  VendorGetHouseholdsParams,
  VendorAcceptAssignment,
  VendorDeclineAssignment,
  VendorGetJoinRequestsParams,
  VendorStatementParams,
  VendorLinkHousehold,
  VendorUpdateHousehold,
} from "./validators"

// One counter for both doors to the registry (see householdAttemptLimit).
const householdAttempts = householdAttemptLimit()

export const vendorHouseholdsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/vendor/households/:id/shock-events",
    middlewares: [validateBody(BureauShockEvent)],
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
    matcher: "/vendor/households/:id/statement",
    middlewares: [validateAndTransformQuery(VendorStatementParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/vendor/households/join-requests",
    middlewares: [validateAndTransformQuery(VendorGetJoinRequestsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/households/join-requests/:id/accept",
    middlewares: [validateBody(VendorAcceptAssignment)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/households/join-requests/:id/decline",
    middlewares: [validateBody(VendorDeclineAssignment)],
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
]
