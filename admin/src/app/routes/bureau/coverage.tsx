import { useSearchParams } from "react-router"
import { useTranslation } from "react-i18next"
import { SelectField } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import {
  CoverageReportPanel,
  UnboundPanel,
} from "@/features/registry/components/coverage-report"

// Coverage of the registry: per county or township (kept in the URL), and
// the households no cooperative has taken in yet.
export default function CoveragePage() {
  const { t } = useTranslation("registry")
  const [search, setSearch] = useSearchParams()
  const groupBy = search.get("group_by") === "township" ? "township" : "county"
  const year = new Date().getFullYear()
  return (
    <>
      <PageHeader
        title={t("coverage.pageTitle")}
        description={t("coverage.description")}
      />
      <div className="max-w-xs">
        <SelectField
          label={t("coverage.groupBy")}
          value={groupBy}
          onChange={(event) =>
            setSearch({ group_by: event.target.value }, { replace: true })
          }
          options={[
            { value: "county", label: t("coverage.byCounty") },
            { value: "township", label: t("coverage.byTownship") },
          ]}
        />
      </div>
      <CoverageReportPanel groupBy={groupBy} year={year} />
      <UnboundPanel />
    </>
  )
}
