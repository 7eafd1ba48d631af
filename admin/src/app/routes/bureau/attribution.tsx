import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { ButtonLink } from "@/components/button"
import { PageHeader, type Crumb } from "@/components/page-header"
import { EmptyState } from "@/components/states"
import { useBureauCooperative } from "@/features/approvals/api/get-cooperative"
import { AttributionLevel } from "@/features/reports/components/attribution-level"
import { ReportFilterForm } from "@/features/reports/components/report-filter-form"
import { beijingYear } from "@/features/reports/utils/beijing-year"
import { useReportFilters } from "@/features/reports/hooks/use-report-filters"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"

// Attribution drill-down: county → cooperative → household for one year.
export default function AttributionPage() {
  const { t } = useTranslation("reports")
  const { countyCode, cooperativeId } = useParams()
  const countyLabel = useCountyLabel()
  const cooperative = useBureauCooperative(cooperativeId)
  const { filters, offset, setFilters, setOffset } = useReportFilters({
    year: beijingYear(),
    grain: "year",
  })
  const grain = (["day", "month", "year"] as const).find(
    (g) => g === filters.grain
  )
  const search = `?year=${filters.year}&grain=${grain ?? "year"}`
  const level = cooperativeId
    ? "household"
    : countyCode
      ? "cooperative"
      : "county"
  const county = countyCode ? countyLabel(countyCode) : ""
  const cooperativeName = cooperative.data?.name ?? cooperativeId ?? ""

  const crumbs: Crumb[] = [
    {
      label: t("attribution.title"),
      to: countyCode ? `/bureau/attribution${search}` : undefined,
    },
  ]
  if (countyCode) {
    crumbs.push({
      label: county,
      to: cooperativeId
        ? `/bureau/attribution/${countyCode}${search}`
        : undefined,
    })
  }
  if (cooperativeId) crumbs.push({ label: cooperativeName })

  const title =
    level === "county"
      ? t("attribution.title")
      : level === "cooperative"
        ? county
        : cooperativeName

  return (
    <>
      <PageHeader
        title={title}
        description={t("attribution.description")}
        crumbs={crumbs}
      />
      <ReportFilterForm
        fields={["year", "grain"]}
        values={filters}
        onApply={(next) => setFilters(next)}
      />
      <AttributionLevel
        key={level}
        level={level}
        year={filters.year}
        grain={grain ?? "year"}
        countyCode={countyCode}
        cooperativeId={cooperativeId}
        offset={offset}
        onOffsetChange={setOffset}
        countyLabel={countyLabel}
        notFound={
          <EmptyState
            title={t("attribution.notFound")}
            hint={t("attribution.notFoundHint")}
            action={
              <ButtonLink to={`/bureau/attribution${search}`}>
                {t("attribution.backToCounties")}
              </ButtonLink>
            }
          />
        }
      />
    </>
  )
}
