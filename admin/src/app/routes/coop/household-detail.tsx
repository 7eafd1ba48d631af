import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { Button } from "@/components/button"
import { PageHeader, Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { useHousehold } from "@/features/households/api/get-household"
import { HouseholdEditForm } from "@/features/households/components/household-edit-form"
import { HouseholdFacts } from "@/features/households/components/household-facts"
import { ShockEventDialog } from "@/features/oversight/components/shock-event-dialog"

export default function HouseholdDetailPage() {
  const { t } = useTranslation("households")
  const { id = "" } = useParams()
  const household = useHousehold(id)
  const countyLabel = useCountyLabel()
  // A member household's illness, disability, disaster or accident, told
  // to the county's reviewers (a sudden-hardship case in their queue).
  const [reporting, setReporting] = useState(false)

  return (
    <>
      <PageHeader
        title={
          household.data
            ? t("detail.title", { number: household.data.registry_number })
            : t("detail.loadingTitle")
        }
        crumbs={[
          { label: t("list.title"), to: "/coop/households" },
          { label: household.data?.registry_number ?? id },
        ]}
        actions={
          household.data && (
            <Button variant="secondary" onClick={() => setReporting(true)}>
              {t("oversight:hardship.report")}
            </Button>
          )
        }
      />
      <QueryState query={household}>
        {(record) => {
          return (
            <div className="grid gap-6 lg:grid-cols-2">
              <Panel title={t("detail.record")}>
                <HouseholdFacts
                  household={record}
                  countyLabel={countyLabel(record.county_code, {
                    withCode: true,
                  })}
                />
                <p className="mt-4 text-xs text-stone-500">
                  {t("detail.registryNote")}
                </p>
              </Panel>
              <Panel title={t("detail.edit")}>
                <HouseholdEditForm household={record} />
              </Panel>
            </div>
          )
        }}
      </QueryState>
      {reporting && (
        <ShockEventDialog
          householdId={id}
          reporter="cooperative"
          onClose={() => setReporting(false)}
        />
      )}
    </>
  )
}
