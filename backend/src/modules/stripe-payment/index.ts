import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TianfuStripeProviderService from "./service"

// Registered as provider id "stripe" (pp_stripe_stripe) when STRIPE_API_KEY
// is set; see lib/payments/settings.ts.
export default ModuleProvider(Modules.PAYMENT, {
  services: [TianfuStripeProviderService],
})
