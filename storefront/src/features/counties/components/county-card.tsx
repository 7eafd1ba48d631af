import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { pick } from "@/i18n"
import type { County } from "../types"

export function CountyCard({ county }: { county: County }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <Link
      to={`/counties/${county.code}`}
      className="block h-full rounded-lg bg-white p-4 ring-1 ring-stone-200 hover:ring-brand-600"
    >
      <h3 className="font-semibold">{pick(county, "name", lang)}</h3>
      <p className="text-xs text-stone-500">
        {pick(county, "prefecture", lang)}
      </p>
      {county.lifted_year && (
        <p className="mt-2 text-xs text-brand-700">
          {t("county.lifted", { year: county.lifted_year })}
        </p>
      )}
    </Link>
  )
}
