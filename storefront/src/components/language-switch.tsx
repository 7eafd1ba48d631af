import { useTranslation } from "react-i18next"
import { LANGUAGE_COOKIE, switchLanguage, type Language } from "../i18n"

// Switches in place (no reload) and remembers the choice in a cookie so the
// server renders the next page in the same language.
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const next: Language = i18n.language === "en" ? "zh-CN" : "en"
  const choose = () => {
    document.cookie = `${LANGUAGE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`
    void switchLanguage(i18n, next)
  }
  return (
    <button
      type="button"
      onClick={choose}
      lang={next}
      className="shrink-0 rounded border border-stone-300 px-2 py-1 text-xs"
    >
      {/* The accessible name starts with the visible text (WCAG 2.5.3). */}
      {next === "en" ? "EN" : "中文"}
      <span className="sr-only"> · {t("language.switchTo")}</span>
    </button>
  )
}
