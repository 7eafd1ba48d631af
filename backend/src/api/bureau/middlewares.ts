import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { unlessUrl } from "../utils/unless-url"
import {
  BureauApproveCooperative,
  BureauGetCooperativesParams,
  BureauSuspendCooperative,
} from "./cooperatives/validators"
import {
  BureauChangeHouseholdStatus,
  BureauGetHouseholdsParams,
  BureauVerifyHousehold,
} from "./households/validators"
import { BureauGetAuditLogParams } from "./audit-log/validators"
import { BureauAcceptInvite } from "./invites/validators"

const INVITE = /^\/bureau\/invites\/accept\/?$/

export const bureauMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/bureau/*",
    middlewares: [
      unlessUrl(INVITE, authenticate("bureau_user", ["bearer", "session"])),
    ],
  },
  {
    method: ["POST"],
    matcher: "/bureau/invites/accept",
    middlewares: [
      authenticate("bureau_user", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(BureauAcceptInvite),
    ],
  },
  {
    method: ["GET"],
    matcher: "/bureau/cooperatives",
    middlewares: [validateAndTransformQuery(BureauGetCooperativesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/bureau/cooperatives/:id/approve",
    middlewares: [validateAndTransformBody(BureauApproveCooperative)],
  },
  {
    method: ["POST"],
    matcher: "/bureau/cooperatives/:id/suspend",
    middlewares: [validateAndTransformBody(BureauSuspendCooperative)],
  },
  {
    method: ["GET"],
    matcher: "/bureau/households",
    middlewares: [validateAndTransformQuery(BureauGetHouseholdsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/bureau/households/:id/verify",
    middlewares: [validateAndTransformBody(BureauVerifyHousehold)],
  },
  {
    method: ["POST"],
    matcher: "/bureau/households/:id/status",
    middlewares: [validateAndTransformBody(BureauChangeHouseholdStatus)],
  },
  {
    method: ["GET"],
    matcher: "/bureau/audit-log",
    middlewares: [validateAndTransformQuery(BureauGetAuditLogParams, {})],
  },
]
