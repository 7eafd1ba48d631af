import { useTranslation } from "react-i18next"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyOptions } from "@/features/counties/hooks/use-county-options"
import { PageHeader } from "@/components/page-header"
import { ConcentrationReport } from "@/features/reports/components/concentration-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { useReportFilters } from "@/features/reports/hooks/use-report-filters"

export default function ConcentrationPage() {
  const { t } = useTranslation("reports")
  const { filters, setFilters } = useReportFilters({
    from: "",
    to: "",
    county_code: "",
  })
  const me = useBureauMe()
  const counties = useCountyOptions(me.data?.bureau_user.jurisdiction_code)
  return (
    <>
      <PageHeader
        title={t("concentration.title")}
        description={t("concentration.description")}
      />
      <ReportFilterForm
        fields={["from", "to", "county_code"]}
        counties={counties}
        values={filters}
        onApply={setFilters}
      />
      <ConcentrationReport
        from={filters.from}
        to={filters.to}
        countyCode={filters.county_code}
      />
    </>
  )
}
