import { shippingStatusWords } from "@tianfu/domain"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { PagerButtons } from "@/components/pager-buttons"
import { EmptyState, ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { formatDate, formatYuan } from "@/lib/money"
import { ORDERS_PAGE, useOrders } from "../api/use-orders"
import { orderShippingStatus } from "../utils/order-shipping"

export function OrdersList() {
  const { t, i18n } = useTranslation()
  const [offset, setOffset] = useState(0)
  const { data, isPending, error, refetch } = useOrders(offset, true)
  if (isPending) return <Loading />
  if (error)
    return (
      <ErrorState message={errorMessage(error, t)} onRetry={() => refetch()} />
    )
  if (!data.orders.length) return <EmptyState title={t("account.noOrders")} />
  return (
    <div>
      <ul className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200">
        {data.orders.map((order) => (
          <li key={order.id}>
            <Link
              to={`/account/orders/${order.id}`}
              className="flex items-center justify-between p-3 hover:bg-brand-50"
            >
              <span>
                #{order.display_id} ·{" "}
                {formatDate(order.created_at as string, i18n.language)}
                <span className="block text-xs text-stone-500">
                  {t(`orderStatus.${order.payment_status}`, {
                    defaultValue: order.payment_status,
                  })}
                  {" · "}
                  {shippingStatusWords(
                    orderShippingStatus(order),
                    i18n.language
                  )}
                </span>
              </span>
              <span className="font-medium">
                {formatYuan(Number(order.total), i18n.language)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <PagerButtons
        offset={offset}
        limit={ORDERS_PAGE}
        count={data.count}
        onChange={setOffset}
      />
    </div>
  )
}
