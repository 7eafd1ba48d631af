import { useTranslation } from "react-i18next"
import { formatDateTime } from "@/lib/format"
import type { Household } from "../api/types"
import { HouseholdStatusBadge, VerificationBadge } from "./household-badges"

// The registry's record of a household, as masked as the API returns it.
export function HouseholdFacts({
  household,
  countyLabel,
}: {
  household: Household
  countyLabel: string
}) {
  const { t, i18n } = useTranslation("households")
  const facts: [string, React.ReactNode][] = [
    [t("fields.registryNumber"), household.registry_number],
    [t("fields.county"), countyLabel],
    [t("fields.headName"), household.head_name],
    [
      t("fields.idNumber"),
      <span className="font-mono">{household.id_number}</span>,
    ],
    [t("fields.phone"), household.phone ?? "—"],
    [t("fields.memberCount"), household.member_count],
    [
      t("fields.status"),
      <HouseholdStatusBadge
        status={household.status}
        year={household.status_year}
      />,
    ],
    [
      t("fields.verification"),
      <span className="flex flex-wrap items-center gap-2">
        <VerificationBadge verification={household.verification} />
        {household.verification_note && (
          <span className="text-stone-600">{household.verification_note}</span>
        )}
      </span>,
    ],
    [
      t("detail.registeredAt"),
      formatDateTime(household.created_at, i18n.language),
    ],
  ]
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {facts.map(([label, value]) => (
        <div key={label} className="flex flex-col">
          <dt className="text-stone-500">{label}</dt>
          <dd className="text-stone-900">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
