import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Button } from "@/components/button"
import { FormError } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { formatDateTime } from "@/lib/format"
import { useReadRecipient } from "../api/read-recipient"
import type { VendorOrder, VendorRecipient } from "../api/types"

// In the Chinese order: the shop keeps the district (区/县) in address_2.
export function recipientAddress(r: VendorRecipient): string {
  return [r.province, r.city, r.address_2, r.address_1]
    .filter(Boolean)
    .join(" ")
}

// Who the parcel goes to: shown on request (each read is audited) while
// the cooperative has lines to ship and a short while after; a packing
// slip prints it with the lines.
export function RecipientCard({ order }: { order: VendorOrder }) {
  const { t, i18n } = useTranslation("orders")
  const read = useReadRecipient(order.id)
  const { reset } = read
  // Once lines ship, how long the recipient stays readable changes: read
  // it again to see.
  useEffect(() => reset(), [order.shipping_status, reset])
  if (order.shipping_status === "canceled")
    return <p className="text-sm text-stone-600">{t("recipient.canceled")}</p>
  const recipient = read.data
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-stone-600">{t("recipient.notice")}</p>
      {recipient ? (
        <dl className="grid gap-2 sm:grid-cols-3">
          <div>
            <dt className="text-stone-500">{t("recipient.name")}</dt>
            <dd className="font-medium">{recipient.name ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("recipient.phone")}</dt>
            <dd>
              {recipient.phone ? (
                <a className="underline" href={`tel:${recipient.phone}`}>
                  {recipient.phone}
                </a>
              ) : (
                "—"
              )}
            </dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("recipient.postcode")}</dt>
            <dd>{recipient.postal_code ?? "—"}</dd>
          </div>
          <div className="sm:col-span-3">
            <dt className="text-stone-500">{t("recipient.address")}</dt>
            <dd>{recipientAddress(recipient) || "—"}</dd>
          </div>
        </dl>
      ) : null}
      {recipient ? (
        <p className="text-xs text-stone-500">
          {recipient.available_until
            ? t("recipient.until", {
                at: formatDateTime(recipient.available_until, i18n.language),
              })
            : t("recipient.whileUnshipped")}
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            disabled={read.isPending}
            onClick={() => read.mutate("ship")}
          >
            {t("recipient.show")}
          </Button>
          <Link
            to={`/coop/orders/${order.id}/packing-slip`}
            className="inline-flex items-center rounded-md px-3 py-2 text-emerald-800 underline"
          >
            {t("recipient.packingSlip")}
          </Link>
        </div>
      )}
      <FormError message={read.error ? errorMessage(read.error, t) : null} />
    </div>
  )
}
