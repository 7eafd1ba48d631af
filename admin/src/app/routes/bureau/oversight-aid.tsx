import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { AidImportPanel } from "@/features/oversight/components/aid-import"
import { AidImportHistoryPanel } from "@/features/oversight/components/aid-import-history"
import { RuleRunPanel } from "@/features/oversight/components/rule-run"
import { RunHistoryPanel } from "@/features/oversight/components/run-history"

// Aid lists in, the rules run over them: imports, a run now, recent runs.
export default function OversightAidPage() {
  const { t } = useTranslation("oversight")
  return (
    <>
      <PageHeader title={t("aid.title")} description={t("aid.description")} />
      <div className="flex flex-col gap-4">
        <AidImportPanel />
        <RuleRunPanel />
        <RunHistoryPanel />
        <AidImportHistoryPanel />
      </div>
    </>
  )
}
