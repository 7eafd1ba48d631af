import { useTranslation } from "react-i18next"
import { switchLanguage } from "../i18n"

export function LanguageSwitch() {
  const { i18n, t } = useTranslation()
  const next = i18n.language === "en" ? "zh-CN" : "en"
  return (
    <button
      type="button"
      onClick={() => void switchLanguage(next)}
      className="rounded px-2 py-1 text-sm text-stone-600 hover:bg-stone-100"
      lang={next}
    >
      {t("language.switchTo")}
    </button>
  )
}
