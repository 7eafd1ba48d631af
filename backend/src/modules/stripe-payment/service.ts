import type {
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  RefundPaymentInput,
  RefundPaymentOutput,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"

// A refund row whose metadata carries this key was recorded from Stripe's
// own report of the refund: the money has already moved (see refundPayment).
export const REFUND_RECORDED_FROM_STRIPE = "recorded_from_stripe"

type RefundReader = {
  retrieve(
    id: string,
    config: { select: string[] }
  ): Promise<{ metadata?: Record<string, unknown> | null }>
}

// Medusa's Stripe provider (card plus automatic payment methods), with two
// changes: a refund that Stripe itself reported (made in the Stripe
// Dashboard, seen through a signed charge.refunded webhook) is recorded in
// Medusa without asking Stripe to refund the same money a second time; and
// a payment Stripe cannot start says so, instead of Medusa's "unknown
// error". Every other call is Medusa's own and goes to Stripe unchanged.
class TianfuStripeProviderService extends StripeProviderService {
  override async initiatePayment(
    input: InitiatePaymentInput
  ): Promise<InitiatePaymentOutput> {
    try {
      return await super.initiatePayment(input)
    } catch (error) {
      const reason = (error as Error).message
      ;(this.container_.logger as Logger | undefined)?.error(
        `Stripe could not start a payment: ${reason}`
      )
      // The shopper sees why only in general terms; the log has Stripe's words.
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        /connection to Stripe/i.test(reason)
          ? "Stripe cannot be reached right now: try again, or choose another payment method"
          : "Stripe could not start this payment: choose another payment method"
      )
    }
  }

  override async refundPayment(
    input: RefundPaymentInput
  ): Promise<RefundPaymentOutput> {
    const refundId = input.context?.idempotency_key
    if (refundId && (await this.recordedFromStripe(refundId))) {
      return { data: input.data }
    }
    return super.refundPayment(input)
  }

  // The payment module creates the refund row, then calls the provider with
  // the row's id as idempotency key; the row says where the refund came from.
  private async recordedFromStripe(refundId: string): Promise<boolean> {
    const refunds = this.container_.refundService as RefundReader | undefined
    if (!refunds) {
      // Failing closed: guessing either way could move money twice or never.
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The payment module's refund service is not available to the Stripe provider"
      )
    }
    const refund = await refunds.retrieve(refundId, { select: ["metadata"] })
    return refund.metadata?.[REFUND_RECORDED_FROM_STRIPE] === true
  }
}

export default TianfuStripeProviderService
