import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { unlessUrl } from "../utils/unless-url"
import {
  BureauApproveCooperative,
  BureauGetCooperativesParams,
  BureauGrantCounty,
  BureauRevokeCounty,
  BureauSuspendCooperative,
} from "./cooperatives/validators"
import {
  BureauChangeHouseholdStatus,
  BureauGetHouseholdsParams,
  BureauAssignHousehold,
  BureauVerifyHousehold,
  BureauRevealHouseholdIdentity,
} from "./households/validators"
import { identityRevealLimit } from "./households/reveal-limit"
import { BureauGetAuditLogParams } from "./audit-log/validators"
import { BureauAcceptInvite } from "./invites/validators"
import { validateBody } from "../utils/validate-body"
import {
  ReportAttributionParams,
  ReportBenefitParams,
  ReportHouseholdRangeParams,
  ReportRangeParams,
  ReportYearParams,
  ReportObligationsParams,
  ReportCoverageParams,
  ReportUnboundParams,
} from "./reports/validators"
import {
  BureauDecideJoinRequest,
  BureauGetJoinRequestsParams,
  BureauRejectJoinRequest,
} from "./household-join-requests/validators"

import {
  BureauGetDisputesParams,
  BureauResolveDispute,
} from "./payout-disputes/validators"

import { bureauRegistryMiddlewares } from "./registry/middlewares"
import { bureauOversightMiddlewares } from "./oversight/middlewares"

const INVITE = /^\/bureau\/invites\/accept\/?$/

export const bureauMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/bureau/*",
    middlewares: [
      unlessUrl(INVITE, authenticate("bureau_user", ["bearer", "session"])),
    ],
  },
  ...bureauRegistryMiddlewares,
  ...bureauOversightMiddlewares,
  {
    method: ["POST"],
    matcher: "/bureau/invites/accept",
    middlewares: [
      authenticate("bureau_user", ["bearer"], { allowUnregistered: true }),
      validateBody(BureauAcceptInvite),
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
    middlewares: [validateBody(BureauApproveCooperative)],
  },
  {
    method: ["POST"],
    matcher: "/bureau/cooperatives/:id/suspend",
    middlewares: [validateBody(BureauSuspendCooperative)],
  },
  {
    method: ["POST"],
    matcher: "/bureau/cooperatives/:id/counties",
    middlewares: [validateBody(BureauGrantCounty)],
  },
  {
    method: ["POST"],
    matcher: "/bureau/cooperatives/:id/counties/:county_code/revoke",
    middlewares: [validateBody(BureauRevokeCounty)],
  },
  {
    method: ["GET"],
    matcher: "/bureau/households",
    middlewares: [validateAndTransformQuery(BureauGetHouseholdsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/bureau/households/:id/verify",
    middlewares: [validateBody(BureauVerifyHousehold)],
  },
  {
    method: ["POST"],
    matcher: "/bureau/households/:id/assign",
    middlewares: [validateBody(BureauAssignHousehold)],
  },
  {
    method: ["POST"],
    matcher: "/bureau/households/:id/reveal",
    middlewares: [
      identityRevealLimit(),
      validateBody(BureauRevealHouseholdIdentity),
    ],
  },
  {
    method: ["POST"],
    matcher: "/bureau/households/:id/status",
    middlewares: [validateBody(BureauChangeHouseholdStatus)],
  },
  {
    method: ["GET"],
    matcher: "/bureau/household-join-requests",
    middlewares: [validateAndTransformQuery(BureauGetJoinRequestsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/bureau/household-join-requests/:id/approve",
    middlewares: [validateBody(BureauDecideJoinRequest)],
  },
  {
    method: ["POST"],
    matcher: "/bureau/household-join-requests/:id/reject",
    middlewares: [validateBody(BureauRejectJoinRequest)],
  },
  {
    method: ["GET"],
    matcher: "/bureau/audit-log",
    middlewares: [validateAndTransformQuery(BureauGetAuditLogParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/attribution",
    middlewares: [validateAndTransformQuery(ReportAttributionParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/poverty-line",
    middlewares: [validateAndTransformQuery(ReportYearParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/income-decline",
    middlewares: [validateAndTransformQuery(ReportYearParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/coverage",
    middlewares: [validateAndTransformQuery(ReportCoverageParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/unbound",
    middlewares: [validateAndTransformQuery(ReportUnboundParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/omitted",
    middlewares: [validateAndTransformQuery(ReportHouseholdRangeParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/benefit",
    middlewares: [validateAndTransformQuery(ReportBenefitParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/late-payments",
    middlewares: [validateAndTransformQuery(ReportObligationsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/floor-compliance",
    middlewares: [validateAndTransformQuery(ReportObligationsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/bureau/payout-disputes",
    middlewares: [validateAndTransformQuery(BureauGetDisputesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/bureau/payout-disputes/:id/resolve",
    middlewares: [validateBody(BureauResolveDispute)],
  },
  {
    method: ["GET"],
    matcher: "/bureau/reports/concentration",
    middlewares: [validateAndTransformQuery(ReportRangeParams, {})],
  },
]
