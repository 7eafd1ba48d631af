import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_PROVIDER_ID } from "../../../lib/payments/settings"
import type { StripePaymentReport } from "../../../lib/payments/stripe-events"

export type StripePaymentTarget = {
  session_id: string | null
  payment_id: string | null
}

// The Medusa payment session (and payment, once authorized) that a Stripe
// PaymentIntent belongs to. Medusa keeps the intent as the session's data;
// the session id in the intent's metadata is only a shortcut, trusted once
// the session's own intent id agrees with it.
export const findStripePaymentStep = createStep(
  "find-stripe-payment",
  async (report: StripePaymentReport, { container }) => {
    const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const sessions = pg("payment_session as ps")
      .leftJoin("payment as p", function () {
        this.on("p.payment_session_id", "ps.id").andOnNull("p.deleted_at")
      })
      .where("ps.provider_id", STRIPE_PROVIDER_ID)
      .whereNull("ps.deleted_at")
      .whereRaw("ps.data->>'id' = ?", [report.intent_id])
      .select("ps.id as session_id", "p.id as payment_id")
    const [row] = report.session_id
      ? await sessions.clone().where("ps.id", report.session_id)
      : await sessions
    const target: StripePaymentTarget = {
      session_id: (row?.session_id as string | undefined) ?? null,
      payment_id: (row?.payment_id as string | undefined) ?? null,
    }
    return new StepResponse(target)
  }
)
