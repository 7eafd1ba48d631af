import {
  carrierName,
  type ShippingStatus,
  shippingStatusWords,
} from "@tianfu/domain"
import { useTranslation } from "react-i18next"
import { ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { formatDate, formatYuan } from "@/lib/money"
import { type OrderParcel, useOrderParcels } from "../api/use-order-parcels"
import { useOrder } from "../api/use-orders"

type Item = {
  id: string
  product_title?: string | null
  variant_title?: string | null
  quantity: number
  total?: number | string | null
}

const STATUS_TONE: Record<ShippingStatus, string> = {
  awaiting_shipment: "bg-amber-50 text-amber-900",
  partially_shipped: "bg-sky-50 text-sky-900",
  shipped: "bg-sky-50 text-sky-900",
  partially_delivered: "bg-sky-50 text-sky-900",
  delivered: "bg-emerald-50 text-emerald-900",
  canceled: "bg-stone-100 text-stone-700",
}

function StatusWords({ status }: { status: ShippingStatus }) {
  const { i18n } = useTranslation()
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[status]}`}
      data-testid="shipping-status"
    >
      {shippingStatusWords(status, i18n.language)}
    </span>
  )
}

function ItemRow({ item }: { item: Item }) {
  const { i18n } = useTranslation()
  return (
    <li className="flex justify-between gap-3 py-1">
      <span>
        {item.product_title} · {item.variant_title} × {item.quantity}
      </span>
      <span className="tabular-nums">
        {formatYuan(Number(item.total ?? 0), i18n.language)}
      </span>
    </li>
  )
}

// One cooperative's parcel: who ships it, its status, carrier and waybill
// (linked to the carrier's tracking page), and its lines.
function Parcel({ parcel, items }: { parcel: OrderParcel; items: Item[] }) {
  const { t, i18n } = useTranslation()
  return (
    <li className="py-3" data-testid="order-parcel">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">
          {parcel.cooperative?.name ?? t("order.parcel")}
        </span>
        <StatusWords status={parcel.shipping_status} />
      </div>
      {parcel.shipments.map((shipment) => (
        <p
          key={shipment.id}
          className="mt-1 text-xs text-stone-600"
          data-testid="order-tracking"
        >
          {shipment.carrier ? carrierName(shipment.carrier, i18n.language) : ""}
          {shipment.tracking_number && (
            <>
              {" · "}
              {shipment.tracking_url ? (
                <a
                  href={shipment.tracking_url}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="underline"
                >
                  {shipment.tracking_number}
                </a>
              ) : (
                shipment.tracking_number
              )}
            </>
          )}
          {shipment.shipped_at &&
            ` · ${t("order.shippedOn", { date: formatDate(shipment.shipped_at, i18n.language) })}`}
          {shipment.delivered_at &&
            ` · ${t("order.deliveredOn", { date: formatDate(shipment.delivered_at, i18n.language) })}`}
        </p>
      ))}
      <ul className="mt-1 text-sm">
        {items.map((item) => (
          <ItemRow key={item.id} item={item} />
        ))}
      </ul>
    </li>
  )
}

// The order: its lines grouped into the parcels they travel in (one per
// cooperative), each line once; totals and the payment in plain words.
export function OrderSummary({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { data: order, isPending, error, refetch } = useOrder(orderId)
  const parcels = useOrderParcels(orderId)
  if (isPending) return <Loading />
  if (error)
    return (
      <ErrorState message={errorMessage(error, t)} onRetry={() => refetch()} />
    )
  const items = (order.items ?? []) as Item[]
  const byId = new Map(items.map((item) => [item.id, item]))
  return (
    <section
      className="rounded-lg bg-white p-4 ring-1 ring-stone-200"
      data-testid="order-summary"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">
          {t("order.number", { number: order.display_id })}
        </h2>
        {parcels.data && <StatusWords status={parcels.data.shipping_status} />}
      </div>
      {parcels.data ? (
        <ul className="divide-y divide-stone-100">
          {parcels.data.parcels.map((parcel, index) => (
            <Parcel
              key={parcel.cooperative?.handle ?? index}
              parcel={parcel}
              items={parcel.lines.flatMap((line) => {
                const item = byId.get(line.id)
                return item ? [item] : []
              })}
            />
          ))}
        </ul>
      ) : (
        <ul className="mt-2 divide-y divide-stone-100 text-sm">
          {items.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      <p className="mt-2 flex justify-between text-sm">
        <span>{t("checkout.shippingCost")}</span>
        <span>{formatYuan(Number(order.shipping_total ?? 0), lang)}</span>
      </p>
      <p className="flex justify-between font-semibold">
        <span>{t("checkout.total")}</span>
        <span>{formatYuan(Number(order.total ?? 0), lang)}</span>
      </p>
      <p className="mt-1 text-xs text-stone-500">
        {t(`orderStatus.${order.payment_status}`, {
          defaultValue: order.payment_status,
        })}
      </p>
    </section>
  )
}
