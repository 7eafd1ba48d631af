import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { PovertyLineReport } from "@/features/reports/components/poverty-line-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { beijingYear } from "@/features/reports/utils/beijing-year"
import { useReportFilters } from "@/features/reports/hooks/use-report-filters"

export default function PovertyLinePage() {
  const { t } = useTranslation("reports")
  const { filters, offset, setFilters, setOffset } = useReportFilters({
    year: beijingYear(),
    below_line_only: "false",
  })
  return (
    <>
      <PageHeader
        title={t("povertyLine.title")}
        description={t("povertyLine.description")}
      />
      <ReportFilterForm
        fields={["year", "below_line_only"]}
        values={filters}
        onApply={setFilters}
      />
      <PovertyLineReport
        year={filters.year}
        belowLineOnly={filters.below_line_only === "true"}
        offset={offset}
        onOffsetChange={setOffset}
      />
    </>
  )
}
