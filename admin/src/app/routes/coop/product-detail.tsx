import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { PageHeader } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useProduct } from "@/features/products/api/get-product"
import { ProductEditor } from "@/features/products/components/product-editor"
import { ProductStatusBadge } from "@/features/products/components/product-status-badge"

export default function ProductDetailPage() {
  const { t } = useTranslation("products")
  const { id = "" } = useParams()
  const product = useProduct(id)
  return (
    <>
      <PageHeader
        title={product.data?.title ?? t("edit.title")}
        description={product.data?.metadata?.title_en ?? undefined}
        crumbs={[
          { label: t("list.title"), to: "/coop/products" },
          { label: product.data?.title ?? t("edit.title") },
        ]}
        actions={
          product.data ? (
            <ProductStatusBadge status={product.data.status} />
          ) : null
        }
      />
      <QueryState query={product}>
        {(loaded) => <ProductEditor product={loaded} />}
      </QueryState>
    </>
  )
}
