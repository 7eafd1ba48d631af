import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { useHouseholds } from "@/features/households/api/get-households"
import {
  AgreementsPanel,
  ObligationsPanel,
  PayoutsPanel,
} from "@/features/linkage/components/linkage-panels"

// Benefit linkage (利益联结): what the cooperative promised its members,
// what it owes them, and what it paid, with slips they confirm.
export default function LinkagePage() {
  const { t } = useTranslation("linkage")
  const households = useHouseholds({ offset: 0, limit: 100 })
  const members = (households.data?.households ?? []).map((h) => ({
    id: h.id,
    label: `${h.head_name} · ${h.registry_number}`,
  }))
  const names = new Map(members.map((m) => [m.id, m.label]))
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AgreementsPanel names={names} households={members} />
      <ObligationsPanel names={names} />
      <PayoutsPanel names={names} />
    </>
  )
}
