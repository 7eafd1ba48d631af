import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { unlessUrl } from "../utils/unless-url"
import { vendorCooperativesMiddlewares } from "./cooperatives/middlewares"
import { vendorHouseholdsMiddlewares } from "./households/middlewares"
import { vendorProductsMiddlewares } from "./products/middlewares"
import { vendorBatchesMiddlewares } from "./batches/middlewares"
import { vendorMeMiddlewares } from "./me/middlewares"
import { vendorInvitesMiddlewares } from "./invites/middlewares"
import { vendorUsersMiddlewares } from "./users/middlewares"
import { vendorOrdersMiddlewares } from "./orders/middlewares"
import { vendorAttributionMiddlewares } from "./attribution/middlewares"
import { vendorAgreementsMiddlewares } from "./agreements/middlewares"
import { vendorObligationsMiddlewares } from "./obligations/middlewares"
import { vendorPayoutsMiddlewares } from "./payouts/middlewares"
import { vendorDocumentsMiddlewares } from "./documents/middlewares"
import { vendorProductImagesMiddlewares } from "./product-images/middlewares"
import { refuseSuspendedWrites } from "./refuse-suspended"

// Routes a freshly registered (not yet bound) identity may call.
const REGISTRATION = /^\/vendor\/(cooperatives|invites\/accept)\/?$/
// Writes a suspended cooperative may still make: shipping its orders
// (reading their recipients, marking parcels delivered).
const WHILE_SUSPENDED =
  /^\/vendor\/(cooperatives|invites\/accept|orders\/[^/]+\/(fulfillments(\/[^/]+\/deliver)?|recipient))\/?$/

// Every /vendor route: a signed-in cooperative user (resolved once per
// request, see caller.ts) whose cooperative, if suspended, writes nothing
// but shipments; then each resource's own validation.
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
  ...vendorCooperativesMiddlewares,
  ...vendorHouseholdsMiddlewares,
  ...vendorProductsMiddlewares,
  ...vendorBatchesMiddlewares,
  ...vendorMeMiddlewares,
  ...vendorInvitesMiddlewares,
  ...vendorUsersMiddlewares,
  ...vendorOrdersMiddlewares,
  ...vendorAttributionMiddlewares,
  ...vendorAgreementsMiddlewares,
  ...vendorPayoutsMiddlewares,
  ...vendorDocumentsMiddlewares,
  ...vendorProductImagesMiddlewares,
  ...vendorObligationsMiddlewares,
]
