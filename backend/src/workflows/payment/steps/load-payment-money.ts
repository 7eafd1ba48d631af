import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RecordedMoney } from "../../../lib/payments/stripe-events"

type Amounted = { id: string; raw_amount?: unknown; amount?: unknown }

export type RecordedMovement = { id: string; amount: string }

export type PaymentMoney = RecordedMoney & {
  payment_id: string
  order_id: string | null
  captures: RecordedMovement[]
  refunds: RecordedMovement[]
}

// What Medusa has recorded as captured and refunded on one payment, row by
// row and in total (null when there is no payment yet). The caller holds
// the intent's lock, so this includes everything earlier deliveries wrote.
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
        "captures.id",
        "captures.raw_amount",
        "refunds.id",
        "refunds.raw_amount",
        "payment_collection.order.id",
      ],
      filters: { id: input.payment_id },
    })
    const rows = (list: Amounted[] | null | undefined): RecordedMovement[] =>
      (list ?? []).map((row) => ({
        id: row.id,
        amount: MathBN.convert(
          (row.raw_amount ?? row.amount ?? 0) as number
        ).toString(),
      }))
    const total = (list: RecordedMovement[]) =>
      list
        .reduce((sum, row) => MathBN.add(sum, row.amount), MathBN.convert(0))
        .toString()
    const collection = payment.payment_collection as
      { order?: { id: string } | null } | null | undefined
    const captures = rows(payment.captures as Amounted[])
    const refunds = rows(payment.refunds as Amounted[])
    const money: PaymentMoney = {
      payment_id: payment.id,
      order_id: collection?.order?.id ?? null,
      currency_code: payment.currency_code,
      captures,
      refunds,
      captured: total(captures),
      refunded: total(refunds),
    }
    return new StepResponse<PaymentMoney | null>(money)
  }
)
