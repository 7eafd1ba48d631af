import type { TFunction } from "i18next"
import { ApiError } from "./api-client"

// The one place an API failure becomes words. A 4xx's own message is shown
// (the backend names the field); a network failure or a 5xx gets a sentence.
export function errorMessage(error: unknown, t: TFunction) {
  if (error instanceof ApiError) {
    if (error.status === 404) return t("common:errors.notFound")
    if (error.status === 403) return t("common:errors.forbidden")
    if (error.status < 500 && error.message) return error.message
    return t("common:errors.server")
  }
  return t("common:errors.network")
}

// The form field a 400 is about: the backend's messages begin with the
// field's name ("reason is required"), so the error can stand under it.
export function fieldOfError<F extends string>(
  error: unknown,
  fields: readonly F[]
): F | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null
  return (
    fields.find((field) =>
      new RegExp(`(^|[^a-z_])${field}([^a-z_]|$)`).test(error.message)
    ) ?? null
  )
}
