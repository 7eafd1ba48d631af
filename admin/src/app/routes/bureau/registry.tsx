import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import {
  RegistryImportPanel,
  RegistryImportsPanel,
} from "@/features/registry/components/registry-import"
import { MissingHouseholdsPanel } from "@/features/registry/components/missing-households"

export default function RegistryPage() {
  const { t } = useTranslation("registry")
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <RegistryImportPanel />
      <MissingHouseholdsPanel />
      <RegistryImportsPanel />
    </>
  )
}
