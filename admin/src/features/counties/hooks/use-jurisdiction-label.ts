import { useTranslation } from "react-i18next"
import { useCounties } from "../api/get-counties"

// A jurisdiction code in words: a county by its name, a prefecture by the
// name its counties carry, a province as Sichuan (the only one served);
// always with the code, which is what the registry files use.
export function useJurisdictionLabel(code: string | undefined) {
  const { i18n } = useTranslation()
  const counties = useCounties()
  if (!code) return ""
  const en = i18n.language === "en"
  const inside = counties.data?.find((c) => c.code.startsWith(code))
  const name =
    code.length === 6
      ? inside && (en ? inside.name_en : inside.name_zh)
      : code.length === 4
        ? inside && (en ? inside.prefecture_en : inside.prefecture_zh)
        : code === "51"
          ? en
            ? "Sichuan"
            : "四川省"
          : undefined
  return name ? `${name} (${code})` : code
}
