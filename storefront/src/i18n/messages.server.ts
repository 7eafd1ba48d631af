import type { Language, Messages } from "."
import en from "./en.json"
import zhCN from "./zh-CN.json"

// The server holds every language; a page carries only its own.
export function messagesFor(language: Language): Messages {
  return language === "en" ? en : zhCN
}
