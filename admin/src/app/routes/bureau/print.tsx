import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams, useSearchParams } from "react-router"
import { PrintSheet } from "@/components/print-sheet"
import { EmptyState } from "@/components/states"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { useJurisdictionLabel } from "@/features/counties/hooks/use-jurisdiction-label"
import {
  PRINTED_REPORTS,
  PrintedReport,
  type PrintedReportName,
} from "@/features/reports/components/print/printed-report"
import { beijingYear } from "@/features/reports/utils/beijing-year"
import { formatDateTime } from "@/lib/format"

const TITLES: Record<PrintedReportName, string> = {
  "county-summary": "print.countySummary",
  households: "print.households",
  "poverty-line": "print.povertyLine",
}

// A report for paper (or PDF): the jurisdiction, the period, the time of
// printing and the reviewer above every row the filters select. Outside
// the console's frame; the browser's print dialog does the rest.
export default function PrintPage() {
  const { t, i18n } = useTranslation("reports")
  const { report } = useParams()
  const [params] = useSearchParams()
  const me = useBureauMe()
  const countyLabel = useCountyLabel()
  const reviewer = me.data?.bureau_user
  const jurisdiction = useJurisdictionLabel(reviewer?.jurisdiction_code)
  const [printedAt] = useState(() => new Date())
  const year = /^\d{4}$/.test(params.get("year") ?? "")
    ? params.get("year")!
    : beijingYear()
  const known = (PRINTED_REPORTS as readonly string[]).includes(report ?? "")
  const title = known
    ? `${t(TITLES[report as PrintedReportName])} · ${year}`
    : ""
  useEffect(() => {
    if (title) document.title = title
  }, [title])
  if (!known) return <EmptyState title={t("common:print.unknownReport")} />
  const filters = {
    year,
    county_code: params.get("county_code") ?? undefined,
    cooperative_id: params.get("cooperative_id") ?? undefined,
    township: params.get("township") ?? undefined,
    below_line_only: params.get("below_line_only") === "true",
  }
  const facts: [string, string][] = [
    [t("common:print.jurisdiction"), jurisdiction],
    [
      t("common:print.period"),
      t(
        filters.below_line_only
          ? "common:print.yearBelow"
          : "common:print.year",
        { year }
      ),
    ],
    [t("common:print.printedBy"), reviewer?.name ?? ""],
    [t("common:print.printedAt"), formatDateTime(printedAt, i18n.language)],
  ]
  if (filters.county_code) {
    facts.push([
      t("print.columns.county"),
      countyLabel(filters.county_code, { withCode: true }),
    ])
  }
  if (filters.township) {
    facts.push([t("filters.township"), filters.township])
  }
  return (
    <PrintSheet title={title} facts={facts}>
      <PrintedReport
        report={report as PrintedReportName}
        filters={filters}
        countyLabel={countyLabel}
      />
    </PrintSheet>
  )
}
