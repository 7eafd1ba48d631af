import type { TFunction } from "i18next"

// The one place an API failure becomes words for the shopper. The backend's
// own message is shown when it explains a 4xx (it names the field); a
// network failure or a 5xx gets a plain sentence.
export function errorMessage(error: unknown, t: TFunction) {
  const status =
    typeof error === "object" && error && "status" in error
      ? Number((error as { status: unknown }).status)
      : undefined
  const message = error instanceof Error ? error.message : undefined
  // Medusa's own English refusals, in the shopper's language.
  if (status === 401)
    return /invalid email or password/i.test(message ?? "")
      ? t("errors.credentials")
      : t("errors.signInAgain")
  if (status === 429) return t("errors.tooMany")
  if (status && status >= 400 && status < 500 && message) return message
  if (status === undefined || Number.isNaN(status)) {
    return t("errors.network")
  }
  return t("errors.server")
}
