import { useTranslation } from "react-i18next"
import { DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useReport } from "../api/get-report"
import type { OmittedReport as Report } from "../api/types"
import { CsvButton } from "./csv-button"
import { householdColumns } from "./household-columns"

const LIMIT = 50

// Registered households that received no attributed income in the period.
export function OmittedReport({
  from,
  to,
  countyCode,
  township,
  offset,
  onOffsetChange,
}: {
  from: string
  to: string
  countyCode?: string
  township?: string
  offset: number
  onOffsetChange: (offset: number) => void
}) {
  const { t } = useTranslation("reports")
  const params = {
    from,
    to,
    county_code: countyCode || undefined,
    township: township || undefined,
    limit: LIMIT,
    offset,
  }
  const query = useReport<Report>("omitted", params)
  return (
    <Panel
      title={t("omitted.tableTitle")}
      actions={
        <CsvButton
          report="omitted"
          params={params}
          filename={`omitted-${query.data?.from ?? from}-${query.data?.to ?? to}`}
        />
      }
    >
      <QueryState query={query}>
        {(data) => (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-stone-700">
              {t("omitted.summary", {
                count: data.count,
                from: data.from,
                to: data.to,
              })}
            </p>
            <DataTable
              page={{
                count: data.count,
                offset,
                limit: LIMIT,
                onChange: onOffsetChange,
              }}
              nowrap
              caption={t("omitted.tableTitle")}
              rows={data.households}
              rowKey={(row) => row.household_id ?? row.registry_number ?? ""}
              empty={{
                title: t("omitted.empty"),
                hint: t("omitted.emptyHint"),
              }}
              columns={householdColumns<Report["households"][number]>(t)}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
