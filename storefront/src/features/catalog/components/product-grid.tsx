import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState } from "@/components/states"
import type { ProductHit } from "../types"
import { ProductCard } from "./product-card"

export function ProductGrid({
  products,
  emptyTitle,
  emptyAction,
}: {
  products: ProductHit[]
  emptyTitle?: string
  emptyAction?: ReactNode
}) {
  const { t } = useTranslation()
  if (!products.length) {
    return (
      <EmptyState title={emptyTitle ?? t("catalog.empty")}>
        {emptyAction}
      </EmptyState>
    )
  }
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < 4} />
        </li>
      ))}
    </ul>
  )
}
