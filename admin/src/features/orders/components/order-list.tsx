import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useOffsetPaging } from "@/components/use-offset-paging"
import { DataTable, type Column } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { formatDateTime } from "@/lib/format"
import { formatFen } from "@/lib/money"
import { useOrders } from "../api/get-orders"
import type { VendorOrder } from "../api/types"
import { linesTotalFen } from "../utils/order-money"
import { FulfillmentBadge, PaymentBadge } from "./order-badges"

// The cooperative's orders, newest first; amounts are of its own lines.
export function OrderList() {
  const { t, i18n } = useTranslation("orders")
  const { offset, limit, paging } = useOffsetPaging()
  const query = useOrders({ offset, limit })

  const columns: Column<VendorOrder>[] = [
    {
      key: "display_id",
      header: t("fields.order"),
      cell: (o) => (
        <Link
          to={`/coop/orders/${o.id}`}
          className="font-medium text-emerald-800 hover:underline"
        >
          #{o.display_id}
        </Link>
      ),
    },
    {
      key: "created_at",
      header: t("fields.placedAt"),
      cell: (o) => formatDateTime(o.created_at, i18n.language),
    },
    {
      key: "region",
      header: t("fields.region"),
      cell: (o) =>
        [o.shipping_address?.province, o.shipping_address?.city]
          .filter(Boolean)
          .join(" ") || "—",
    },
    {
      key: "lines",
      header: t("fields.lines"),
      numeric: true,
      cell: (o) => o.items.length,
    },
    {
      key: "total",
      header: t("fields.total"),
      numeric: true,
      cell: (o) => formatFen(linesTotalFen(o.items), i18n.language),
    },
    {
      key: "payment",
      header: t("fields.payment"),
      cell: (o) => <PaymentBadge status={o.payment_status} />,
    },
    {
      key: "fulfillment",
      header: t("fields.fulfillment"),
      cell: (o) => <FulfillmentBadge status={o.fulfillment_status} />,
    },
  ]

  return (
    <QueryState query={query}>
      {(page) => (
        <DataTable
          page={paging(page.count)}
          nowrap
          caption={t("list.caption")}
          columns={columns}
          rows={page.orders}
          rowKey={(o) => o.id}
          empty={{ title: t("list.empty"), hint: t("list.emptyHint") }}
        />
      )}
    </QueryState>
  )
}
