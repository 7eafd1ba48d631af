import { useTranslation } from "react-i18next"
import { StatusBadge } from "@/components/status-badge"
import type { Certification } from "../api/types"

export function CertificationBadges({
  certifications,
}: {
  certifications: Certification[]
}) {
  const { t } = useTranslation("batches")
  if (!certifications.length) {
    return <span className="text-stone-400">{t("certifications.none")}</span>
  }
  return (
    <span className="flex flex-wrap gap-1">
      {certifications.map((c) => (
        <StatusBadge key={c} tone="green">
          {t(`certifications.${c}`)}
        </StatusBadge>
      ))}
    </span>
  )
}
