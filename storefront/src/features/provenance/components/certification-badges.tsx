import { useTranslation } from "react-i18next"

export function CertificationBadges({ values }: { values: string[] }) {
  const { t } = useTranslation()
  if (!values.length) return null
  return (
    <ul className="flex flex-wrap gap-1">
      {values.map((value) => (
        <li
          key={value}
          className="rounded-full bg-brand-100 px-2 py-0.5 text-xs text-brand-800"
        >
          {t(`certification.${value}`, { defaultValue: value })}
        </li>
      ))}
    </ul>
  )
}
