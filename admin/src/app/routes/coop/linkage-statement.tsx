import { useTranslation } from "react-i18next"
import { useParams, useSearchParams } from "react-router"
import { PageHeader } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useMemberStatement } from "@/features/linkage/api/linkage"
import { MemberStatementSheet } from "@/features/linkage/components/member-statement"
import { beijingYear } from "@/features/reports/utils/beijing-year"

// 社员收益明细: one member's year, to print and sign.
export default function LinkageStatementPage() {
  const { t } = useTranslation("linkage")
  const { householdId = "" } = useParams()
  const [search, setSearch] = useSearchParams()
  const year = search.get("year") ?? beijingYear()
  const statement = useMemberStatement(householdId, year)
  const years = Array.from({ length: 5 }, (_, i) =>
    String(Number(beijingYear()) - i)
  )
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t("statement.pageTitle")}
          description={t("statement.description")}
          crumbs={[
            { label: t("title"), to: "/coop/linkage" },
            { label: t("statement.crumb") },
          ]}
          actions={
            <label className="flex items-center gap-2 text-sm">
              {t("statement.year")}
              <select
                className="rounded border border-stone-300 px-2 py-1"
                value={year}
                onChange={(event) => setSearch({ year: event.target.value })}
              >
                {(years.includes(year) ? years : [year, ...years]).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          }
        />
      </div>
      <QueryState query={statement}>
        {(data) => <MemberStatementSheet statement={data.statement} />}
      </QueryState>
    </>
  )
}
