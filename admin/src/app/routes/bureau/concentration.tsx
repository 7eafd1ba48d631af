import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { ConcentrationReport } from "@/features/reports/components/concentration-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { useReportFilters } from "@/features/reports/hooks/use-report-filters"

export default function ConcentrationPage() {
  const { t } = useTranslation("reports")
  const { filters, setFilters } = useReportFilters({ from: "", to: "" })
  return (
    <>
      <PageHeader
        title={t("concentration.title")}
        description={t("concentration.description")}
      />
      <ReportFilterForm
        fields={["from", "to"]}
        values={filters}
        onApply={setFilters}
      />
      <ConcentrationReport from={filters.from} to={filters.to} />
    </>
  )
}
