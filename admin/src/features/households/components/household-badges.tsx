import { useTranslation } from "react-i18next"
import { StatusBadge, type Tone } from "@/components/status-badge"
import type { HouseholdStatus, HouseholdVerification } from "../api/types"

const STATUS_TONE: Record<HouseholdStatus, Tone> = {
  registered: "blue",
  lifted: "green",
  monitored: "amber",
  returned: "red",
}

const VERIFICATION_TONE: Record<HouseholdVerification, Tone> = {
  pending: "amber",
  verified: "green",
  rejected: "red",
}

// 建档立卡 / 已脱贫 (2020) / 监测户 / 返贫, in the registry's colours.
export function HouseholdStatusBadge({
  status,
  year,
}: {
  status: HouseholdStatus
  year?: number | null
}) {
  const { t } = useTranslation()
  return (
    <StatusBadge tone={STATUS_TONE[status]}>
      {t(`householdStatus.${status}`)}
      {year ? ` (${year})` : ""}
    </StatusBadge>
  )
}

// Whether the bureau has checked the registration against its records.
export function VerificationBadge({
  verification,
}: {
  verification: HouseholdVerification
}) {
  const { t } = useTranslation("households")
  return (
    <StatusBadge tone={VERIFICATION_TONE[verification]}>
      {t(`verification.${verification}`)}
    </StatusBadge>
  )
}
