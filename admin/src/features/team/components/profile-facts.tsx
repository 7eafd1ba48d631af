import { useTranslation } from "react-i18next"
import { StatusBadge } from "@/components/status-badge"
import type { CooperativeProfile } from "../api/types"

const STATUS_TONE = {
  pending: "amber",
  approved: "green",
  suspended: "red",
} as const

// What the registry knows of the cooperative: set at registration, changed
// only by the bureau (with its reason).
export function ProfileFacts({
  cooperative,
  countyLabel,
}: {
  cooperative: CooperativeProfile
  countyLabel: string
}) {
  const { t } = useTranslation("team")
  const facts: [string, React.ReactNode][] = [
    [t("profile.name"), cooperative.name],
    [
      t("profile.creditCode"),
      <span className="font-mono">{cooperative.credit_code}</span>,
    ],
    [t("profile.county"), countyLabel],
    [t("profile.handle"), cooperative.handle],
    [
      t("profile.status"),
      <StatusBadge tone={STATUS_TONE[cooperative.status]}>
        {t(`common:cooperativeStatus.${cooperative.status}`)}
      </StatusBadge>,
    ],
    [t("profile.statusReason"), cooperative.status_reason || "—"],
  ]
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {facts.map(([label, value]) => (
        <div key={label} className="flex flex-col">
          <dt className="text-stone-500">{label}</dt>
          <dd className="break-words text-stone-900">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
