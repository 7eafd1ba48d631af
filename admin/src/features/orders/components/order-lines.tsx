import { useTranslation } from "react-i18next"
import { DataTable, type Column } from "@/components/data-table"
import { formatFen, yuanToFen } from "@/lib/money"
import type { VendorOrderLine } from "../api/types"
import { lineTotalFen, linesTotalFen } from "../utils/order-money"

// The cooperative's lines of one order with their total.
export function OrderLines({ lines }: { lines: VendorOrderLine[] }) {
  const { t, i18n } = useTranslation("orders")
  const money = (fen: number) => formatFen(fen, i18n.language)
  const columns: Column<VendorOrderLine>[] = [
    { key: "product", header: t("fields.product"), cell: (l) => l.title },
    {
      key: "variant",
      header: t("fields.variant"),
      cell: (l) => l.variant_title ?? "—",
    },
    {
      key: "quantity",
      header: t("fields.quantity"),
      numeric: true,
      cell: (l) => l.quantity,
    },
    {
      key: "shipped",
      header: t("fields.shipped"),
      numeric: true,
      cell: (l) => l.fulfilled_quantity,
    },
    {
      key: "unit_price",
      header: t("fields.unitPrice"),
      numeric: true,
      cell: (l) => money(yuanToFen(l.unit_price)),
    },
    {
      key: "line_total",
      header: t("fields.lineTotal"),
      numeric: true,
      cell: (l) => money(lineTotalFen(l)),
    },
  ]
  return (
    <>
      <DataTable
        nowrap
        caption={t("detail.lines")}
        columns={columns}
        rows={lines}
        rowKey={(l) => l.id}
        empty={{ title: t("detail.noLines") }}
      />
      <p className="mt-3 text-right text-sm text-stone-700">
        {t("detail.linesTotal")}{" "}
        <span className="font-semibold tabular-nums">
          {money(linesTotalFen(lines))}
        </span>
      </p>
    </>
  )
}
