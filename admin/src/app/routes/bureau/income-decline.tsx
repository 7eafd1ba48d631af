import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { IncomeDeclineReport } from "@/features/reports/components/income-decline-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { beijingYear } from "@/features/reports/utils/beijing-year"
import { useReportFilters } from "@/features/reports/hooks/use-report-filters"

export default function IncomeDeclinePage() {
  const { t } = useTranslation("reports")
  const { filters, offset, setFilters, setOffset } = useReportFilters({
    year: beijingYear(),
  })
  return (
    <>
      <PageHeader
        title={t("incomeDecline.title")}
        description={t("incomeDecline.description")}
      />
      <ReportFilterForm
        fields={["year"]}
        values={filters}
        onApply={setFilters}
      />
      <IncomeDeclineReport
        year={filters.year}
        offset={offset}
        onOffsetChange={setOffset}
      />
    </>
  )
}
