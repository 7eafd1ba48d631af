import { useTranslation } from "react-i18next"
import { ButtonLink } from "@/components/button"
import { PageHeader } from "@/components/page-header"
import { useVendorMe } from "@/features/auth/api/get-me"
import { BatchList } from "@/features/batches/components/batch-list"

export default function BatchesPage() {
  const { t } = useTranslation("batches")
  const me = useVendorMe()
  const approved = me.data?.cooperative.status === "approved"
  const createLink = (
    <ButtonLink to="/coop/batches/new">{t("list.new")}</ButtonLink>
  )
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={approved ? createLink : undefined}
      />
      <BatchList emptyAction={approved ? createLink : undefined} />
    </>
  )
}
