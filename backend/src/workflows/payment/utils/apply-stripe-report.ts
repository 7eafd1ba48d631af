import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { attributeOrderPaymentsWorkflow } from "../../attribution"
import { recordStripePaymentWorkflow } from ".."
import {
  reportedAmount,
  type StripePaymentReport,
} from "../../../lib/payments/stripe-events"

export type StripeOutcome = {
  session_id: string | null
  payment_id: string | null
  order_id: string | null
  captured: number
  refunded: number
  authorized_session: boolean
}

// Applies one verified Stripe report, one delivery per PaymentIntent at a
// time in every process sharing the locking module (Redis when
// configured), as three top-level workflow runs: a workflow nested in
// another skips its lock steps, and these need theirs (the ledger's
// per-order lock, the cart lock that keeps Medusa's processPaymentWorkflow
// and the storefront's own cart completion from both authorizing the
// session). Any failure propagates, so Stripe delivers the event again.
export async function applyStripeReport(
  container: MedusaContainer,
  report: StripePaymentReport
): Promise<StripeOutcome> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(
    `stripe-intent:${report.intent_id}`,
    async () => {
      const { result } = await recordStripePaymentWorkflow(container).run({
        input: report,
      })
      // Why attribution runs here as well as from the payment.captured /
      // payment.refunded events those workflows emit: Stripe redelivers an
      // event only while the webhook answers non-2xx, and a failing
      // subscriber does not change that answer. Running it here makes a 200
      // mean "the ledger has it"; the event's run then finds nothing to
      // write (the workflow is idempotent under the order's lock).
      if (result.order_id) {
        await attributeOrderPaymentsWorkflow(container).run({
          input: { order_id: result.order_id },
        })
      }
      if (result.needs_authorization && result.session_id) {
        await processPaymentWorkflow(container).run({
          input: {
            action:
              report.captured_minor !== null
                ? PaymentActions.SUCCESSFUL
                : PaymentActions.AUTHORIZED,
            data: {
              session_id: result.session_id,
              amount: reportedAmount(report),
            },
          },
        })
      }
      return {
        session_id: result.session_id,
        payment_id: result.payment_id,
        order_id: result.order_id,
        captured: result.captured,
        refunded: result.refunded,
        authorized_session: result.needs_authorization,
      }
    },
    { timeout: 30 }
  )
}
