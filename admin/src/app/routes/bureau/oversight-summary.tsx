import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router"
import { PageHeader } from "@/components/page-header"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { useCountyOptions } from "@/features/counties/hooks/use-county-options"
import type { SummaryParams } from "@/features/oversight/api/summary"
import { OversightSummary } from "@/features/oversight/components/oversight-summary"
import { SummaryFilterForm } from "@/features/oversight/components/summary-filters"

// Flags and cases per township (or county), filters in the URL.
export default function OversightSummaryPage() {
  const { t } = useTranslation("oversight")
  const me = useBureauMe().data?.bureau_user
  const countyLabel = useCountyLabel()
  const countyOptions = useCountyOptions(me?.jurisdiction_code)
  const [search, setSearch] = useSearchParams()
  const params: SummaryParams = {
    group_by: search.get("group_by") === "county" ? "county" : "township",
    county_code: search.get("county_code") ?? "",
    year: search.get("year") ?? "",
  }
  const apply = (next: SummaryParams) => {
    const merged = new URLSearchParams()
    if (next.group_by !== "township") merged.set("group_by", next.group_by)
    if (next.county_code) merged.set("county_code", next.county_code)
    if (next.year) merged.set("year", next.year)
    setSearch(merged, { replace: true })
  }
  return (
    <>
      <PageHeader
        title={t("summary.title")}
        description={t("summary.description")}
      />
      <SummaryFilterForm
        values={params}
        countyOptions={countyOptions}
        onApply={apply}
      />
      <OversightSummary params={params} countyLabel={countyLabel} />
    </>
  )
}
