import { useState } from "react"
import { useTranslation } from "react-i18next"
import { SelectField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useOffsetPaging } from "@/components/use-offset-paging"
import { useHouseholdAid } from "../api/household-aid"
import { useHouseholdStreams } from "../api/streams"
import { EvidenceTable } from "./evidence-table"

// A household's aid records under its timeline, newest first: every
// year's, or the one year picked (the years with records, from the
// timeline's own figures), a page at a time.
export function HouseholdAidRecords({ householdId }: { householdId: string }) {
  const { t } = useTranslation("oversight")
  const [year, setYear] = useState("")
  const paging = useOffsetPaging(20)
  const aid = useHouseholdAid(householdId, {
    year,
    offset: paging.offset,
    limit: paging.limit,
  })
  const years = (useHouseholdStreams(householdId).data?.years ?? [])
    .filter((y) => y.aid_records > 0)
    .map((y) => y.year)
    .sort((a, b) => b - a)
  return (
    <Panel
      title={t("aidRecords.title")}
      actions={
        <div className="w-40">
          <SelectField
            label={t("filters.year")}
            value={year}
            onChange={(event) => {
              setYear(event.target.value)
              paging.setOffset(0)
            }}
            options={[
              { value: "", label: t("filters.allYears") },
              ...years.map((y) => ({ value: String(y), label: String(y) })),
            ]}
          />
        </div>
      }
    >
      <QueryState query={aid}>
        {(data) => (
          // The last page stays on screen, dimmed, while the next loads.
          <div
            aria-busy={aid.isPlaceholderData}
            className={aid.isPlaceholderData ? "opacity-60" : undefined}
          >
            <EvidenceTable
              records={data.aid_records}
              caption={t("aidRecords.title")}
              empty={{
                title: year
                  ? t("aidRecords.emptyYear", { year })
                  : t("aidRecords.empty"),
                hint: t("aidRecords.emptyHint"),
              }}
              page={paging.paging(data.count)}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
