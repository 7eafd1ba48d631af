import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RecordedMoney } from "../../../lib/payments/stripe-events"

export type PaymentMoney = RecordedMoney & {
  payment_id: string
  order_id: string | null
}

type Amounted = { raw_amount?: unknown; amount?: unknown }

// What Medusa has recorded as captured and refunded on one payment (null
// when there is no payment yet). Read under the workflow's lock, so it
// includes everything earlier deliveries recorded.
export const loadPaymentMoneyStep = createStep(
  "load-payment-money",
  async (input: { payment_id: string | null }, { container }) => {
    if (!input.payment_id) {
      return new StepResponse<PaymentMoney | null>(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [payment],
    } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "currency_code",
        "captures.raw_amount",
        "refunds.raw_amount",
        "payment_collection.order.id",
      ],
      filters: { id: input.payment_id },
    })
    const total = (rows: Amounted[] | null | undefined) =>
      (rows ?? [])
        .reduce(
          (sum, row) =>
            MathBN.add(sum, (row.raw_amount ?? row.amount ?? 0) as number),
          MathBN.convert(0)
        )
        .toString()
    const collection = payment.payment_collection as
      { order?: { id: string } | null } | null | undefined
    const money: PaymentMoney = {
      payment_id: payment.id,
      order_id: collection?.order?.id ?? null,
      currency_code: payment.currency_code,
      captured: total(payment.captures as Amounted[]),
      refunded: total(payment.refunds as Amounted[]),
    }
    return new StepResponse<PaymentMoney | null>(money)
  }
)
