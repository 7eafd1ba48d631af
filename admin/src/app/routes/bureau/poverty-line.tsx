import { useTranslation } from "react-i18next"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyOptions } from "@/features/counties/hooks/use-county-options"
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
    county_code: "",
    township: "",
  })
  const me = useBureauMe()
  const counties = useCountyOptions(me.data?.bureau_user.jurisdiction_code)
  return (
    <>
      <PageHeader
        title={t("povertyLine.title")}
        description={t("povertyLine.description")}
      />
      <ReportFilterForm
        fields={["year", "below_line_only", "county_code", "township"]}
        counties={counties}
        values={filters}
        onApply={setFilters}
      />
      <PovertyLineReport
        year={filters.year}
        belowLineOnly={filters.below_line_only === "true"}
        countyCode={filters.county_code}
        township={filters.township}
        offset={offset}
        onOffsetChange={setOffset}
      />
    </>
  )
}
