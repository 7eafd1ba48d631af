import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { OversightSettingsPanel } from "@/features/oversight/components/settings-form"

// The rules' settings of the reviewer's jurisdiction.
export default function OversightSettingsPage() {
  const { t } = useTranslation("oversight")
  const me = useBureauMe().data?.bureau_user
  const countyLabel = useCountyLabel()
  return (
    <>
      <PageHeader
        title={t("settings.title")}
        description={
          me
            ? `${t("settings.description")} ${t("settings.jurisdiction", {
                name: countyLabel(me.jurisdiction_code, { withCode: true }),
              })}`
            : t("settings.description")
        }
      />
      <OversightSettingsPanel />
    </>
  )
}
