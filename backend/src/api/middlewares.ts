import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBureauUsersMiddlewares } from "./admin/bureau-users/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { adminAttributionMiddlewares } from "./admin/attribution/middlewares"
import { adminCooperativesMiddlewares } from "./admin/cooperatives/middlewares"
import { adminCountiesMiddlewares } from "./admin/counties/middlewares"
import { adminOrdersMiddlewares } from "./admin/orders/middlewares"
import { adminPovertyLinesMiddlewares } from "./admin/poverty-lines/middlewares"
import { bureauMiddlewares } from "./bureau/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeCountiesMiddlewares } from "./store/counties/middlewares"
import { storeDivisionsMiddlewares } from "./store/divisions/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storeOrderClaimsMiddlewares } from "./store/order-claims/middlewares"
import { storeProductPagesMiddlewares } from "./store/product-pages/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storePayoutSlipsMiddlewares } from "./store/payout-slips/middlewares"
import { allowConsoleOrigin } from "./utils/console-cors"
import { tianfuErrorHandler } from "./utils/error-handler"
import { rejectNulCharacters } from "./utils/reject-nul"
import { securityHeaders } from "./utils/security-headers"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  errorHandler: tianfuErrorHandler,
  routes: [
    { matcher: "/*", middlewares: [securityHeaders] },
    { matcher: "/*", middlewares: [rejectNulCharacters] },
    { matcher: "/vendor*", middlewares: [allowConsoleOrigin] },
    { matcher: "/bureau*", middlewares: [allowConsoleOrigin] },
    ...authMiddlewares,
    ...adminCountiesMiddlewares,
    ...adminCooperativesMiddlewares,
    ...adminAttributionMiddlewares,
    ...adminOrdersMiddlewares,
    ...adminBureauUsersMiddlewares,
    ...adminPovertyLinesMiddlewares,
    ...storeCartsMiddlewares,
    ...storeCountiesMiddlewares,
    ...storeDivisionsMiddlewares,
    ...storeOrdersMiddlewares,
    ...storeOrderClaimsMiddlewares,
    ...storeProductsMiddlewares,
    ...storeProductPagesMiddlewares,
    ...storeSearchMiddlewares,
    ...storePayoutSlipsMiddlewares,
    ...vendorMiddlewares,
    ...bureauMiddlewares,
    ...hooksMiddlewares,
  ],
})
