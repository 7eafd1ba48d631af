import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { PageHeader } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useBureauHousehold } from "@/features/approvals/api/get-household"
import { HouseholdFacts } from "@/features/approvals/components/household-facts"
import { HouseholdIdentityReveal } from "@/features/approvals/components/household-identity-reveal"
import { HouseholdStatusForm } from "@/features/approvals/components/household-status-form"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { HouseholdAidRecords } from "@/features/oversight/components/household-aid-records"
import { HouseholdTimeline } from "@/features/oversight/components/household-timeline"

export default function HouseholdDetailPage() {
  const { t } = useTranslation("approvals")
  const { id } = useParams()
  const countyLabel = useCountyLabel()
  const household = useBureauHousehold(id)
  return (
    <QueryState query={household}>
      {(data) => (
        <>
          <PageHeader
            title={t("household.title", { registry: data.registry_number })}
            crumbs={[
              { label: t("title"), to: "/bureau/approvals?tab=households" },
              { label: t("household.crumb") },
            ]}
          />
          <div className="flex flex-col gap-4">
            <HouseholdFacts household={data} countyLabel={countyLabel} />
            <HouseholdIdentityReveal householdId={data.id} />
            <HouseholdTimeline householdId={data.id} />
            <HouseholdAidRecords householdId={data.id} />
            <HouseholdStatusForm household={data} />
          </div>
        </>
      )}
    </QueryState>
  )
}
