import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useVendorMe } from "@/features/auth/api/get-me"
import { BatchCreateForm } from "@/features/batches/components/batch-create-form"

export default function BatchNewPage() {
  const { t } = useTranslation("batches")
  const me = useVendorMe()
  return (
    <>
      <PageHeader
        title={t("form.title")}
        description={t("form.description")}
        crumbs={[
          { label: t("list.title"), to: "/coop/batches" },
          { label: t("form.title") },
        ]}
      />
      <QueryState query={me}>
        {({ cooperative }) =>
          cooperative.status === "approved" ? (
            <BatchCreateForm />
          ) : (
            <p
              role="status"
              className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
            >
              {t("form.notApproved")}
            </p>
          )
        }
      </QueryState>
    </>
  )
}
