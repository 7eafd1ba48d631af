import i18next from "i18next"
import { initReactI18next } from "react-i18next"

export const LANGUAGES = ["zh-CN", "en"] as const
export type Language = (typeof LANGUAGES)[number]
const STORAGE_KEY = "tianfu_console_lang"

type Messages = { [key: string]: string | Messages }

// One JSON file per namespace and language (locales/<lang>/<ns>.json), so
// each feature keeps its own words; a language is loaded when first used.
const files = import.meta.glob<{ default: Messages }>("./locales/*/*.json")

async function loadLanguage(language: Language) {
  const prefix = `./locales/${language}/`
  await Promise.all(
    Object.entries(files)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => {
        const namespace = path.slice(prefix.length, -".json".length)
        if (!i18next.hasResourceBundle(language, namespace)) {
          i18next.addResourceBundle(language, namespace, (await load()).default)
        }
      })
  )
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY)
  return (LANGUAGES as readonly string[]).includes(stored ?? "")
    ? (stored as Language)
    : "zh-CN"
}

export async function initI18n() {
  const language = storedLanguage()
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    defaultNS: "common",
    ns: ["common"],
    resources: {},
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  })
  await loadLanguage(language)
  document.documentElement.lang = language
  return i18next
}

export async function switchLanguage(language: Language) {
  await loadLanguage(language)
  await i18next.changeLanguage(language)
  localStorage.setItem(STORAGE_KEY, language)
  document.documentElement.lang = language
}
