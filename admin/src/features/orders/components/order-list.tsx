import { SHIPPING_STATUSES, shippingStatusWords } from "@tianfu/domain"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router"
import { DataTable, type Column } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { formatDateTime } from "@/lib/format"
import { formatFen } from "@/lib/money"
import { useOrders } from "../api/get-orders"
import type { ShippingStatus, VendorOrder } from "../api/types"
import { linesTotalFen } from "../utils/order-money"
import { PaymentBadge, ShippingBadge } from "./order-badges"

const LIMIT = 20

// The cooperative's orders, newest first, filtered by the status of its
// own lines (kept in the URL, so a filtered list can be bookmarked and the
// back button returns to it); amounts are of its own lines.
export function OrderList() {
  const { t, i18n } = useTranslation("orders")
  const [params, setParams] = useSearchParams()
  const requested = params.get("status")
  const status = SHIPPING_STATUSES.includes(requested as ShippingStatus)
    ? (requested as ShippingStatus)
    : undefined
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const query = useOrders({
    offset,
    limit: LIMIT,
    ...(status ? { shipping_status: status } : {}),
  })
  const update = (next: { status?: string | null; offset?: number }) => {
    const merged = new URLSearchParams(params)
    if (next.status !== undefined) {
      if (next.status) merged.set("status", next.status)
      else merged.delete("status")
      merged.delete("offset")
    }
    if (next.offset !== undefined) merged.set("offset", String(next.offset))
    setParams(merged, { replace: true })
  }
  const counts = query.data?.status_counts
  const total = counts
    ? Object.values(counts).reduce((sum, n) => sum + n, 0)
    : undefined

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
      key: "shipping",
      header: t("fields.shipping"),
      cell: (o) => <ShippingBadge status={o.shipping_status} />,
    },
  ]

  const chip = (value: ShippingStatus | null, count: number | undefined) => {
    const active = (value ?? undefined) === status
    return (
      <button
        key={value ?? "all"}
        type="button"
        aria-pressed={active}
        onClick={() => update({ status: value })}
        className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${active ? "bg-emerald-700 text-white ring-emerald-700" : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-50"}`}
      >
        {value ? shippingStatusWords(value, i18n.language) : t("list.all")}
        {count !== undefined && (
          <span className="ml-1 tabular-nums opacity-80">{count}</span>
        )}
      </button>
    )
  }

  return (
    <>
      <div
        role="group"
        aria-label={t("list.filter")}
        className="mb-4 flex flex-wrap gap-2"
      >
        {chip(null, total)}
        {SHIPPING_STATUSES.map((value) => chip(value, counts?.[value]))}
      </div>
      <QueryState query={query}>
        {(page) => (
          <DataTable
            page={{
              count: page.count,
              offset,
              limit: LIMIT,
              onChange: (next) => update({ offset: next }),
            }}
            nowrap
            caption={t("list.caption")}
            columns={columns}
            rows={page.orders}
            rowKey={(o) => o.id}
            empty={
              status
                ? {
                    title: t("list.emptyStatus", {
                      status: shippingStatusWords(status, i18n.language),
                    }),
                  }
                : { title: t("list.empty"), hint: t("list.emptyHint") }
            }
          />
        )}
      </QueryState>
    </>
  )
}
