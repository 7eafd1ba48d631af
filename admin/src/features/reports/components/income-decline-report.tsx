import { useTranslation } from "react-i18next"
import { DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { formatFen } from "@/lib/money"
import { useReport } from "../api/get-report"
import type { IncomeDeclineReport as Report } from "../api/types"
import { CsvButton } from "./csv-button"
import { householdColumns } from "./household-columns"

const LIMIT = 50

// Households whose attributed income fell from the year before: at risk of
// returning to poverty, largest fall first.
export function IncomeDeclineReport({
  year,
  offset,
  onOffsetChange,
}: {
  year: string
  offset: number
  onOffsetChange: (offset: number) => void
}) {
  const { t, i18n } = useTranslation("reports")
  const params = { year, limit: LIMIT, offset }
  const query = useReport<Report>("income-decline", params)
  const previous = String(Number(year) - 1)
  return (
    <Panel
      title={t("incomeDecline.tableTitle", { year, previous })}
      actions={
        <CsvButton
          report="income-decline"
          params={params}
          filename={`income-decline-${year}`}
        />
      }
    >
      <QueryState query={query}>
        {(data) => (
          <div className="flex flex-col gap-3">
            <DataTable
              page={{
                count: data.count,
                offset,
                limit: LIMIT,
                onChange: onOffsetChange,
              }}
              nowrap
              caption={t("incomeDecline.tableTitle", { year, previous })}
              rows={data.households}
              rowKey={(row) => row.household_id ?? row.registry_number ?? ""}
              empty={
                data.previous_year_households === 0
                  ? {
                      title: t("incomeDecline.noBaseline", { previous }),
                      hint: t("incomeDecline.noBaselineHint", { previous }),
                    }
                  : {
                      title: t("incomeDecline.empty"),
                      hint: t("incomeDecline.emptyHint", { year, previous }),
                    }
              }
              columns={[
                ...householdColumns<Report["households"][number]>(t),
                {
                  key: "previous",
                  header: t("incomeDecline.income", {
                    year: data.previous_year,
                  }),
                  numeric: true,
                  cell: (row) => formatFen(row.previous_income, i18n.language),
                },
                {
                  key: "current",
                  header: t("incomeDecline.income", { year: data.year }),
                  numeric: true,
                  cell: (row) => formatFen(row.current_income, i18n.language),
                },
                {
                  key: "change",
                  header: t("incomeDecline.change"),
                  numeric: true,
                  cell: (row) => (
                    <span className="font-medium text-red-700">
                      {formatFen(row.change, i18n.language)}
                    </span>
                  ),
                },
              ]}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
