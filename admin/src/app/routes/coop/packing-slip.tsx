import { useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { PrintSheet, PrintTable } from "@/components/print-sheet"
import { ErrorState, LoadingState } from "@/components/states"
import { useVendorMe } from "@/features/auth/api/get-me"
import { useOrder } from "@/features/orders/api/get-order"
import { useReadRecipient } from "@/features/orders/api/read-recipient"
import { recipientAddress } from "@/features/orders/components/recipient-card"
import { formatDateTime } from "@/lib/format"

// A packing slip for the cooperative's unshipped lines of one order: who
// it goes to, what is in the parcel, from whom. Reading the recipient for
// it is audited once per printing (purpose "packing_slip").
export default function PackingSlipPage() {
  const { t, i18n } = useTranslation("orders")
  const { id = "" } = useParams()
  const order = useOrder(id)
  const me = useVendorMe()
  const read = useReadRecipient(id)
  const asked = useRef(false)
  useEffect(() => {
    // Once, even when React runs effects twice in development.
    if (asked.current) return
    asked.current = true
    read.mutate("packing_slip")
  }, [read])
  useEffect(() => {
    if (order.data)
      document.title = t("slip.title", { display: order.data.display_id })
  }, [order.data, t])

  if (order.error || read.error)
    return <ErrorState error={order.error ?? read.error} />
  const recipient = read.data
  if (!order.data || !recipient) return <LoadingState />
  const lines = order.data.items
    .map((item) => ({ ...item, left: item.quantity - item.shipped_quantity }))
    .filter((item) => item.left > 0)
  const cooperative = me.data?.cooperative

  return (
    <PrintSheet
      title={t("slip.title", { display: order.data.display_id })}
      issuer={t("slip.issuer")}
      footer={t("slip.footer")}
      facts={[
        [t("slip.recipient"), recipient.name ?? "—"],
        [t("recipient.phone"), recipient.phone ?? "—"],
        [t("recipient.address"), recipientAddress(recipient) || "—"],
        [t("recipient.postcode"), recipient.postal_code ?? "—"],
        [t("slip.sender"), cooperative?.name ?? ""],
        [
          t("fields.placedAt"),
          formatDateTime(order.data.created_at, i18n.language),
        ],
      ]}
    >
      <PrintTable
        caption={t("slip.contents")}
        columns={[
          { header: t("fields.product") },
          { header: t("fields.variant") },
          { header: t("fields.quantity"), numeric: true },
          { header: t("slip.checked") },
        ]}
        rows={lines.map((item) => [
          item.title,
          item.variant_title ?? "—",
          item.left,
          "□",
        ])}
      />
      {!lines.length && (
        <p className="mt-3 text-sm text-stone-600">{t("ship.nothingLeft")}</p>
      )}
      <p className="mt-6 text-sm">{t("slip.signature")}</p>
    </PrintSheet>
  )
}
