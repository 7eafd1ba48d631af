import i18next from "i18next"
import { initReactI18next } from "react-i18next"
import en from "./en.json"
import zhCN from "./zh-CN.json"

export const LANGUAGES = ["zh-CN", "en"] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = "zh-CN"
export const LANGUAGE_COOKIE = "tianfu_lang"

export const resources = {
  "zh-CN": { translation: zhCN },
  en: { translation: en },
} as const

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}

// Both languages ship with the page (a few KB), so an instance initialises
// synchronously: the server renders and the client hydrates the same words.
export function createI18n(language: Language) {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
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
