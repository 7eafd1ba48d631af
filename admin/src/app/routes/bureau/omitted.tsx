import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { OmittedReport } from "@/features/reports/components/omitted-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { useReportFilters } from "@/features/reports/hooks/use-report-filters"

export default function OmittedPage() {
  const { t } = useTranslation("reports")
  const { filters, offset, setFilters, setOffset } = useReportFilters({
    from: "",
    to: "",
  })
  return (
    <>
      <PageHeader
        title={t("omitted.title")}
        description={t("omitted.description")}
      />
      <ReportFilterForm
        fields={["from", "to"]}
        values={filters}
        onApply={setFilters}
      />
      <OmittedReport
        from={filters.from}
        to={filters.to}
        offset={offset}
        onOffsetChange={setOffset}
      />
    </>
  )
}
