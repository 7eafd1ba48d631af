// This year as the reports count it: periods are Beijing days, so on the
// evening of 31 December (UTC) it is already next year.
export function beijingYear(now: Date = new Date()) {
  return new Intl.DateTimeFormat("en", {
    year: "numeric",
    timeZone: "Asia/Shanghai",
  }).format(now)
}
