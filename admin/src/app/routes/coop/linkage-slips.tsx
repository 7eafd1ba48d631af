import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router"
import { PageHeader } from "@/components/page-header"
import { useHouseholds } from "@/features/households/api/get-households"
import { SlipSheet } from "@/features/linkage/components/slip-sheet"

// An A4 sheet of the payout slips chosen on the linkage page
// (?id=…&ref=…, once per payment).
export default function LinkageSlipsPage() {
  const { t } = useTranslation("linkage")
  const [search] = useSearchParams()
  const ids = search.getAll("id").filter(Boolean).slice(0, 40)
  const refs = search.getAll("ref")
  const references = new Map(ids.map((id, i) => [id, refs[i] ?? id]))
  const households = useHouseholds({ offset: 0, limit: 100 })
  const names = new Map(
    (households.data?.households ?? []).map((h) => [
      h.id,
      `${h.head_name} · ${h.registry_number}`,
    ])
  )
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t("sheet.title")}
          description={t("sheet.description")}
          crumbs={[
            { label: t("title"), to: "/coop/linkage" },
            { label: t("sheet.crumb") },
          ]}
        />
      </div>
      <SlipSheet payoutIds={ids} names={names} references={references} />
    </>
  )
}
