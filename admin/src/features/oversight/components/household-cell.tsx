import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Stacked } from "./stacked"
import type { HouseholdLabel } from "../api/types"

// The household of a flag or case (registry number, the head's masked
// name), linked to its page; a village's flag names the village.
export function HouseholdCell({
  household,
  village,
}: {
  household: HouseholdLabel | null
  village: string
}) {
  const { t } = useTranslation("oversight")
  if (!household) {
    return <Stacked main={village} note={t("queue.wholeVillage")} />
  }
  return (
    <Stacked
      main={
        <Link
          to={`/bureau/households/${household.id}`}
          className="font-mono text-emerald-800 hover:underline"
        >
          {household.registry_number}
        </Link>
      }
      note={`${household.head_name} · ${t("queue.members", { count: household.member_count })}`}
    />
  )
}
