import { useTranslation } from "react-i18next"
import { StatusBadge, type Tone } from "@/components/status-badge"
import type { FulfillmentStatus } from "../api/types"

const FULFILLMENT_TONE: Record<FulfillmentStatus, Tone> = {
  not_fulfilled: "amber",
  partially_fulfilled: "blue",
  fulfilled: "green",
}

const PAYMENT_TONE: Record<string, Tone> = {
  captured: "green",
  authorized: "blue",
  partially_captured: "blue",
  partially_authorized: "blue",
  partially_refunded: "amber",
  refunded: "red",
  canceled: "red",
  requires_action: "amber",
  awaiting: "amber",
  not_paid: "grey",
}

export function FulfillmentBadge({ status }: { status: FulfillmentStatus }) {
  const { t } = useTranslation("orders")
  return (
    <StatusBadge tone={FULFILLMENT_TONE[status]}>
      {t(`fulfillment.${status}`)}
    </StatusBadge>
  )
}

// Medusa's payment status of the order; an unknown one is shown as it is.
export function PaymentBadge({ status }: { status: string | null }) {
  const { t } = useTranslation("orders")
  const value = status ?? "not_paid"
  return (
    <StatusBadge tone={PAYMENT_TONE[value] ?? "grey"}>
      {t(`payment.${value}`, { defaultValue: value })}
    </StatusBadge>
  )
}
