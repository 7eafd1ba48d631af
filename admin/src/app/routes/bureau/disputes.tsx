import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { DisputeQueue } from "@/features/disputes/components/dispute-queue"

export default function DisputesPage() {
  const { t } = useTranslation("disputes")
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DisputeQueue status="open" />
      <DisputeQueue status="resolved" />
    </>
  )
}
