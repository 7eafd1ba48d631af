import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { PageHeader, Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useOrder } from "@/features/orders/api/get-order"
import {
  PaymentBadge,
  ShippingBadge,
} from "@/features/orders/components/order-badges"
import { OrderLines } from "@/features/orders/components/order-lines"
import { RecipientCard } from "@/features/orders/components/recipient-card"
import { ShipOrder } from "@/features/orders/components/ship-order"
import { ShipmentList } from "@/features/orders/components/shipment-list"
import { formatDateTime } from "@/lib/format"

export default function OrderDetailPage() {
  const { t, i18n } = useTranslation("orders")
  const { id = "" } = useParams()
  const order = useOrder(id)
  const title = order.data
    ? t("detail.title", { display: order.data.display_id })
    : t("detail.loadingTitle")

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[
          { label: t("list.title"), to: "/coop/orders" },
          { label: title },
        ]}
      />
      <QueryState query={order}>
        {(record) => (
          <div className="flex flex-col gap-6">
            <Panel title={t("detail.summary")}>
              <dl className="grid gap-3 text-sm sm:grid-cols-4">
                <div>
                  <dt className="text-stone-500">{t("fields.placedAt")}</dt>
                  <dd>{formatDateTime(record.created_at, i18n.language)}</dd>
                </div>
                <div>
                  <dt className="text-stone-500">{t("fields.region")}</dt>
                  <dd>
                    {[
                      record.shipping_address?.province,
                      record.shipping_address?.city,
                    ]
                      .filter(Boolean)
                      .join(" ") || "—"}
                  </dd>
                </div>
                <div>
                  <dt className="text-stone-500">{t("fields.payment")}</dt>
                  <dd>
                    <PaymentBadge status={record.payment_status} />
                  </dd>
                </div>
                <div>
                  <dt className="text-stone-500">{t("fields.shipping")}</dt>
                  <dd>
                    <ShippingBadge status={record.shipping_status} />
                  </dd>
                </div>
              </dl>
            </Panel>
            <Panel title={t("detail.lines")}>
              <OrderLines lines={record.items} />
            </Panel>
            <Panel title={t("detail.recipient")}>
              <RecipientCard order={record} />
            </Panel>
            <Panel title={t("detail.shipping")}>
              <div className="flex flex-col gap-4">
                <ShipmentList order={record} />
                <ShipOrder order={record} />
              </div>
            </Panel>
          </div>
        )}
      </QueryState>
    </>
  )
}
