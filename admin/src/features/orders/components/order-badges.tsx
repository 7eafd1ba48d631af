import { shippingStatusWords } from "@tianfu/domain"
import { useTranslation } from "react-i18next"
import { StatusBadge, type Tone } from "@/components/status-badge"
import type { ShippingStatus } from "../api/types"

const SHIPPING_TONE: Record<ShippingStatus, Tone> = {
  awaiting_shipment: "amber",
  partially_shipped: "blue",
  shipped: "blue",
  partially_delivered: "blue",
  delivered: "green",
  canceled: "grey",
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

// The status of the cooperative's own lines, in the words the shopper's
// account uses too.
export function ShippingBadge({ status }: { status: ShippingStatus }) {
  const { i18n } = useTranslation()
  return (
    <StatusBadge tone={SHIPPING_TONE[status]}>
      {shippingStatusWords(status, i18n.language)}
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
