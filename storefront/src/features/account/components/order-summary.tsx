import { useTranslation } from "react-i18next"
import { ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { formatYuan } from "@/lib/money"
import { useOrder } from "../api/use-orders"

export function OrderSummary({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { data: order, isPending, error, refetch } = useOrder(orderId)
  if (isPending) return <Loading />
  if (error)
    return (
      <ErrorState message={errorMessage(error, t)} onRetry={() => refetch()} />
    )
  return (
    <section
      className="rounded-lg bg-white p-4 ring-1 ring-stone-200"
      data-testid="order-summary"
    >
      <h2 className="font-semibold">
        {t("order.number", { number: order.display_id })}
      </h2>
      <ul className="mt-2 divide-y divide-stone-100 text-sm">
        {(order.items ?? []).map((item) => (
          <li key={item.id} className="flex justify-between py-1">
            <span>
              {item.product_title} · {item.variant_title} × {item.quantity}
            </span>
            <span>{formatYuan(Number(item.total ?? 0), lang)}</span>
          </li>
        ))}
      </ul>
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
