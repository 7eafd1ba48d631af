import { carrierName } from "@tianfu/domain"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { FormError } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { formatDateTime } from "@/lib/format"
import { useMarkDelivered } from "../api/create-fulfillment"
import type { VendorOrder } from "../api/types"

// The cooperative's parcels of this order: carrier, waybill (linked to the
// carrier's tracking page), when shipped and delivered; a parcel not yet
// delivered can be marked so.
export function ShipmentList({ order }: { order: VendorOrder }) {
  const { t, i18n } = useTranslation("orders")
  const deliver = useMarkDelivered(order.id)
  const titles = new Map(order.items.map((item) => [item.id, item.title]))
  if (!order.shipments.length)
    return <p className="text-sm text-stone-600">{t("parcels.none")}</p>
  return (
    <div className="flex flex-col gap-3">
      <FormError
        message={deliver.error ? errorMessage(deliver.error, t) : null}
      />
      <ul className="flex flex-col gap-3">
        {order.shipments.map((parcel, index) => (
          <li
            key={parcel.id}
            className="rounded-md border border-stone-200 p-3 text-sm"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-medium">
                {t("parcels.title", { number: index + 1 })} ·{" "}
                {parcel.carrier
                  ? carrierName(parcel.carrier, i18n.language)
                  : "—"}
                {parcel.tracking_number && (
                  <>
                    {" · "}
                    {parcel.tracking_url ? (
                      <a
                        href={parcel.tracking_url}
                        target="_blank"
                        rel="noreferrer noopener"
                        className="text-emerald-800 underline"
                      >
                        {parcel.tracking_number}
                      </a>
                    ) : (
                      parcel.tracking_number
                    )}
                  </>
                )}
              </p>
              {parcel.delivered_at ? (
                <span className="text-emerald-800">
                  {t("parcels.deliveredAt", {
                    at: formatDateTime(parcel.delivered_at, i18n.language),
                  })}
                </span>
              ) : (
                <Button
                  variant="secondary"
                  disabled={deliver.isPending}
                  onClick={() => deliver.mutate(parcel.id)}
                >
                  {t("parcels.markDelivered")}
                </Button>
              )}
            </div>
            <p className="mt-1 text-stone-600">
              {parcel.shipped_at &&
                t("parcels.shippedAt", {
                  at: formatDateTime(parcel.shipped_at, i18n.language),
                })}
            </p>
            <ul className="mt-1 text-stone-700">
              {parcel.items.map((item) => (
                <li key={item.line_item_id}>
                  {titles.get(item.line_item_id) ?? item.line_item_id} ×{" "}
                  {item.quantity}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  )
}
