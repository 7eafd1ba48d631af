import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { BenefitReport } from "@/features/reports/components/benefit-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { beijingYear } from "@/features/reports/utils/beijing-year"
import { useReportFilters } from "@/features/reports/hooks/use-report-filters"

export default function BenefitPage() {
  const { t } = useTranslation("reports")
  const { filters, offset, setFilters, setOffset } = useReportFilters({
    year: beijingYear(),
  })
  return (
    <>
      <PageHeader
        title={t("benefit.title")}
        description={t("benefit.description")}
      />
      <ReportFilterForm
        fields={["year"]}
        values={filters}
        onApply={setFilters}
      />
      <BenefitReport
        year={filters.year}
        offset={offset}
        onOffsetChange={setOffset}
      />
    </>
  )
}
