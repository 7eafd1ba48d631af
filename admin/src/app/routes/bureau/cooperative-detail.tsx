import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { ButtonLink } from "@/components/button"
import { PageHeader } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useBureauCooperative } from "@/features/approvals/api/get-cooperative"
import { CooperativeFacts } from "@/features/approvals/components/cooperative-facts"
import { CountyGrantsPanel } from "@/features/approvals/components/county-grants-panel"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { BenefitReport } from "@/features/reports/components/benefit-report"
import { BenefitSummary } from "@/features/reports/components/benefit-summary"
import { ObligationReport } from "@/features/reports/components/obligation-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import {
  useOffsetParam,
  useReportFilters,
} from "@/features/reports/hooks/use-report-filters"
import { beijingYear } from "@/features/reports/utils/beijing-year"

export default function CooperativeDetailPage() {
  const { t } = useTranslation("approvals")
  const { id } = useParams()
  const countyLabel = useCountyLabel()
  const cooperative = useBureauCooperative(id)
  const crumbs = [
    { label: t("title"), to: "/bureau/approvals" },
    { label: t("cooperative.crumb") },
  ]
  return (
    <QueryState query={cooperative}>
      {(data) => (
        <>
          <PageHeader
            title={data.name}
            crumbs={crumbs}
            actions={
              <ButtonLink
                variant="secondary"
                to={`/bureau/attribution/${data.county_code}/${data.id}`}
              >
                {t("cooperative.attribution")}
              </ButtonLink>
            }
          />
          <div className="flex flex-col gap-4">
            <CooperativeFacts cooperative={data} countyLabel={countyLabel} />
            <CountyGrantsPanel cooperative={data} countyLabel={countyLabel} />
            {/* A pending cooperative has no linkage yet (the reports answer
                approved and suspended ones). */}
            {data.status !== "pending" && (
              <BenefitLinkage
                cooperativeId={data.id}
                countyLabel={countyLabel}
              />
            )}
          </div>
        </>
      )}
    </QueryState>
  )
}

// The cooperative's benefit linkage for a year: its figures, its members',
// and its late payments and purchases below the floor price.
function BenefitLinkage({
  cooperativeId,
  countyLabel,
}: {
  cooperativeId: string
  countyLabel: (code: string, options?: { withCode?: boolean }) => string
}) {
  const { t } = useTranslation("reports")
  const { filters, offset, setFilters, setOffset } = useReportFilters({
    year: beijingYear(),
  })
  const [lateOffset, setLateOffset] = useOffsetParam("late_offset")
  const [floorOffset, setFloorOffset] = useOffsetParam("floor_offset")
  return (
    <section
      aria-labelledby="benefit-linkage"
      className="mt-2 flex flex-col gap-4"
    >
      <div>
        <h2
          id="benefit-linkage"
          className="text-lg font-semibold text-stone-900"
        >
          {t("cooperativeBenefit.title")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-stone-600">
          {t("cooperativeBenefit.description")}
        </p>
      </div>
      {/* The form keeps its own space below it. */}
      <div>
        <ReportFilterForm
          fields={["year"]}
          values={filters}
          onApply={setFilters}
        />
        <BenefitSummary year={filters.year} cooperativeId={cooperativeId} />
      </div>
      <BenefitReport
        year={filters.year}
        groupBy="household"
        cooperativeId={cooperativeId}
        chart={false}
        offset={offset}
        onOffsetChange={setOffset}
        countyLabel={countyLabel}
      />
      <ObligationReport
        report="late-payments"
        cooperativeId={cooperativeId}
        offset={lateOffset}
        onOffsetChange={setLateOffset}
      />
      <ObligationReport
        report="floor-compliance"
        cooperativeId={cooperativeId}
        offset={floorOffset}
        onOffsetChange={setFloorOffset}
      />
    </section>
  )
}
