import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useVendorMe } from "@/features/auth/api/get-me"
import { PendingNotice } from "@/features/products/components/pending-notice"
import { ProductCreateForm } from "@/features/products/components/product-create-form"

export default function ProductNewPage() {
  const { t } = useTranslation("products")
  const me = useVendorMe()
  return (
    <>
      <PageHeader
        title={t("create.title")}
        description={t("create.description")}
        crumbs={[
          { label: t("list.title"), to: "/coop/products" },
          { label: t("create.title") },
        ]}
      />
      <QueryState query={me}>
        {({ cooperative }) =>
          cooperative.status === "approved" ? (
            <ProductCreateForm />
          ) : (
            <PendingNotice status={cooperative.status} />
          )
        }
      </QueryState>
    </>
  )
}
