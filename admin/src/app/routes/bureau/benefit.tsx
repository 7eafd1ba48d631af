import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { BenefitReport } from "@/features/reports/components/benefit-report"
import { ObligationReport } from "@/features/reports/components/obligation-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { beijingYear } from "@/features/reports/utils/beijing-year"
import {
  useOffsetParam,
  useReportFilters,
} from "@/features/reports/hooks/use-report-filters"

export default function BenefitPage() {
  const { t } = useTranslation("reports")
  const countyLabel = useCountyLabel()
  const { filters, offset, setFilters, setOffset } = useReportFilters({
    year: beijingYear(),
    group_by: "cooperative",
    below_threshold_only: "",
  })
  const [lateOffset, setLateOffset] = useOffsetParam("late_offset")
  const [floorOffset, setFloorOffset] = useOffsetParam("floor_offset")
  return (
    <>
      <PageHeader
        title={t("benefit.title")}
        description={t("benefit.description")}
      />
      <ReportFilterForm
        fields={["year", "group_by", "below_threshold_only"]}
        values={filters}
        onApply={setFilters}
      />
      <div className="flex flex-col gap-4">
        <BenefitReport
          year={filters.year}
          groupBy={filters.group_by === "county" ? "county" : "cooperative"}
          belowThresholdOnly={filters.below_threshold_only === "true"}
          offset={offset}
          onOffsetChange={setOffset}
          countyLabel={countyLabel}
        />
        <ObligationReport
          report="late-payments"
          offset={lateOffset}
          onOffsetChange={setLateOffset}
        />
        <ObligationReport
          report="floor-compliance"
          offset={floorOffset}
          onOffsetChange={setFloorOffset}
        />
      </div>
    </>
  )
}
