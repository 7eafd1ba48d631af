import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useOffsetPaging } from "@/components/use-offset-paging"
import { DataTable } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { formatDate } from "@/lib/format"
import { useProducts } from "../api/get-products"
import type { Product } from "../api/types"
import { priceRange } from "../utils/prices"
import { ProductStatusBadge } from "./product-status-badge"
import { ProductThumbnail } from "./product-thumbnail"

// The cooperative's products, a page at a time.
export function ProductList({
  emptyAction,
}: {
  emptyAction?: React.ReactNode
}) {
  const { t, i18n } = useTranslation("products")
  const { offset, limit, paging } = useOffsetPaging()
  const products = useProducts({ offset, limit })
  return (
    <QueryState query={products}>
      {(page) => (
        <DataTable<Product>
          page={paging(page.count)}
          caption={t("list.caption")}
          rows={page.products}
          rowKey={(p) => p.id}
          empty={{
            title: t("list.empty"),
            hint: t("list.emptyHint"),
            action: emptyAction,
          }}
          columns={[
            {
              key: "thumbnail",
              header: t("list.picture"),
              cell: (p) => (
                <ProductThumbnail url={p.thumbnail ?? p.images?.[0]?.url} />
              ),
            },
            {
              key: "title",
              header: t("fields.title"),
              cell: (p) => (
                <div className="min-w-32">
                  <Link
                    to={`/coop/products/${p.id}`}
                    className="font-medium text-emerald-800 hover:underline"
                  >
                    {p.title}
                  </Link>
                  {p.metadata?.title_en && (
                    <p className="text-xs text-stone-500">
                      {p.metadata.title_en}
                    </p>
                  )}
                </div>
              ),
            },
            {
              key: "status",
              header: t("fields.status"),
              cell: (p) => (
                <span className="whitespace-nowrap">
                  <ProductStatusBadge status={p.status} />
                </span>
              ),
            },
            {
              key: "variants",
              header: t("list.variants"),
              numeric: true,
              cell: (p) => p.variants.length,
            },
            {
              key: "price",
              header: t("list.price"),
              numeric: true,
              cell: (p) => priceRange(p.variants, i18n.language),
            },
            {
              key: "created",
              header: t("list.created"),
              cell: (p) => formatDate(p.created_at, i18n.language),
            },
          ]}
        />
      )}
    </QueryState>
  )
}
