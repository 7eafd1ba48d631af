import { useTranslation } from "react-i18next"
import { formatFen } from "@/lib/money"
import type { PlatformImpact } from "../types"

// The platform's running total: what shoppers' money has brought to
// registered households so far.
export function ImpactCounter({ impact }: { impact: PlatformImpact }) {
  const { t, i18n } = useTranslation()
  const figures = [
    {
      label: t("impact.toHouseholds"),
      value: formatFen(impact.to_households, i18n.language),
    },
    {
      label: t("impact.households"),
      value: impact.households.toLocaleString(),
    },
    {
      label: t("impact.paidConfirmed"),
      value: formatFen(impact.confirmed_by_households, i18n.language),
    },
    { label: t("impact.counties"), value: String(impact.counties) },
    { label: t("impact.cooperatives"), value: String(impact.cooperatives) },
  ]
  return (
    <section
      aria-labelledby="impact-title"
      className="rounded-xl bg-brand-700 p-4 text-white"
      data-testid="impact-counter"
    >
      <h2 id="impact-title" className="text-sm opacity-90">
        {t("impact.title")}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-3 md:grid-cols-5">
        {figures.map((f) => (
          <div key={f.label}>
            <dt className="text-xs opacity-80">{f.label}</dt>
            <dd className="text-xl font-bold tabular-nums">{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
