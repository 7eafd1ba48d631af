// Dates as the console shows them: the user's language, Beijing's day.
export function formatDate(
  value: string | Date | null | undefined,
  language: string
) {
  if (!value) return "—"
  return new Intl.DateTimeFormat(language, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: "Asia/Shanghai",
  }).format(new Date(value))
}

export function formatDateTime(
  value: string | Date | null | undefined,
  language: string
) {
  if (!value) return "—"
  return new Intl.DateTimeFormat(language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(value))
}
