import i18next from "i18next"
import { initReactI18next } from "react-i18next"

export const LANGUAGES = ["zh-CN", "en"] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = "zh-CN"
export const LANGUAGE_COOKIE = "tianfu_lang"

export type Messages = { [key: string]: string | Messages }

// Only the shopper's language ships with the page (in the root loader's
// data); the other is fetched when they switch.
const loadMessages: Record<Language, () => Promise<{ default: Messages }>> = {
  "zh-CN": () => import("./zh-CN.json"),
  en: () => import("./en.json"),
}

export async function switchLanguage(
  i18n: ReturnType<typeof createI18n>,
  language: Language
) {
  if (!i18n.hasResourceBundle(language, "translation")) {
    const { default: messages } = await loadMessages[language]()
    i18n.addResourceBundle(language, "translation", messages)
  }
  await i18n.changeLanguage(language)
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}

// The messages are at hand, so an instance initialises synchronously: the
// server renders and the client hydrates the same words.
export function createI18n(language: Language, messages: Messages) {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: messages } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  })
  return instance
}

// zh-CN unless the shopper chose English (a cookie, so the server renders
// the language they picked).
export function languageFromCookie(cookieHeader: string | null): Language {
  const match = cookieHeader?.match(
    new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([^;]+)`)
  )
  const value = match ? decodeURIComponent(match[1]) : undefined
  return isLanguage(value) ? value : DEFAULT_LANGUAGE
}

// A field that exists in both languages (name_zh / name_en).
export function pick<T extends Record<string, unknown>>(
  row: T,
  field: string,
  language: string
): string {
  const en = row[`${field}_en`]
  const zh = row[`${field}_zh`]
  return String((language === "en" ? en || zh : zh || en) ?? "")
}
