import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { CoopDashboard } from "@/features/coop-dashboard/components/coop-dashboard"

export default function DashboardPage() {
  const { t } = useTranslation("coop-dashboard")
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CoopDashboard />
    </>
  )
}
