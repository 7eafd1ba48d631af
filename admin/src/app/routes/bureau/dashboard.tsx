import { useTranslation } from "react-i18next"
import { ButtonLink } from "@/components/button"
import { PageHeader, Panel } from "@/components/page-header"
import { useBureauMe } from "@/features/auth/api/get-me"
import { PendingCounts } from "@/features/approvals/components/pending-counts"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { CountySummary } from "@/features/reports/components/county-summary"
import { JurisdictionOverview } from "@/features/reports/components/jurisdiction-overview"
import { ReconciliationStatus } from "@/features/reports/components/reconciliation-status"

// The reviewer's home: what waits for them, the jurisdiction's money over
// the last year, and whether the ledger reconciles.
export default function DashboardPage() {
  const { t } = useTranslation("reports")
  const me = useBureauMe()
  const code = me.data?.bureau_user.jurisdiction_code
  const countyLabel = useCountyLabel()
  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        description={code ? t("dashboard.description", { code }) : undefined}
        actions={
          <ButtonLink variant="secondary" to="/bureau/attribution">
            {t("dashboard.drillDown")}
          </ButtonLink>
        }
      />
      <div className="flex flex-col gap-4">
        <Panel title={t("dashboard.pending")}>
          <PendingCounts />
        </Panel>
        <Panel title={t("reconciliation.title")}>
          <ReconciliationStatus />
        </Panel>
        <JurisdictionOverview />
        <CountySummary countyLabel={countyLabel} />
      </div>
    </>
  )
}
