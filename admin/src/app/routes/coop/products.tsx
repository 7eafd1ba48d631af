import { useTranslation } from "react-i18next"
import { ButtonLink } from "@/components/button"
import { PageHeader } from "@/components/page-header"
import { useVendorMe } from "@/features/auth/api/get-me"
import { PendingNotice } from "@/features/products/components/pending-notice"
import { ProductList } from "@/features/products/components/product-list"

export default function ProductsPage() {
  const { t } = useTranslation("products")
  const me = useVendorMe()
  const status = me.data?.cooperative.status
  const approved = status === "approved"
  const createLink = (
    <ButtonLink to="/coop/products/new">{t("list.new")}</ButtonLink>
  )
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={approved ? createLink : undefined}
      />
      {status && !approved && (
        <div className="mb-6">
          <PendingNotice status={status} />
        </div>
      )}
      <ProductList emptyAction={approved ? createLink : undefined} />
    </>
  )
}
