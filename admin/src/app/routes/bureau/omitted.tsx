import { useTranslation } from "react-i18next"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyOptions } from "@/features/counties/hooks/use-county-options"
import { PageHeader } from "@/components/page-header"
import { OmittedReport } from "@/features/reports/components/omitted-report"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { useReportFilters } from "@/features/reports/hooks/use-report-filters"

export default function OmittedPage() {
  const { t } = useTranslation("reports")
  const { filters, offset, setFilters, setOffset } = useReportFilters({
    from: "",
    to: "",
    county_code: "",
    township: "",
  })
  const me = useBureauMe()
  const counties = useCountyOptions(me.data?.bureau_user.jurisdiction_code)
  return (
    <>
      <PageHeader
        title={t("omitted.title")}
        description={t("omitted.description")}
      />
      <ReportFilterForm
        fields={["from", "to", "county_code", "township"]}
        counties={counties}
        values={filters}
        onApply={setFilters}
      />
      <OmittedReport
        from={filters.from}
        to={filters.to}
        countyCode={filters.county_code}
        township={filters.township}
        offset={offset}
        onOffsetChange={setOffset}
      />
    </>
  )
}
