import { useTranslation } from "react-i18next"
import { pick } from "@/i18n"
import type { County } from "../types"

export function CountyHero({ county }: { county: County }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const story =
    lang === "en" ? county.story_en || county.story_zh : county.story_zh
  return (
    <header className="rounded-xl bg-brand-50 p-6">
      <p className="text-sm text-stone-600">
        {pick(county, "province", lang)} · {pick(county, "prefecture", lang)}
      </p>
      <h1 className="mt-1 text-2xl font-bold">{pick(county, "name", lang)}</h1>
      <p className="mt-1 text-sm text-brand-800">
        {county.poverty_status && county.poverty_status !== "none"
          ? t(`county.status.${county.poverty_status}`)
          : null}
        {county.lifted_year
          ? ` ${t("county.lifted", { year: county.lifted_year })}`
          : null}
      </p>
      {story && <p className="mt-3 max-w-prose leading-relaxed">{story}</p>}
    </header>
  )
}
