import { MedusaError } from "@medusajs/framework/utils"

import type { Grain, PeriodRange } from "../../modules/attribution/read-model"

export type { Grain, PeriodRange }

const isoDate = (d: Date) => d.toISOString().slice(0, 10)

// A report's date range as inclusive ISO dates in Beijing time, defaulting
// to the last 12 months; the start is moved back to the start of its
// period so a monthly report from the 15th still counts that whole month.
export function periodRange(
  grain: Grain,
  from?: string | Date,
  to?: string | Date,
  now: Date = new Date()
): PeriodRange {
  const beijingToday = new Date(now.getTime() + 8 * 3600 * 1000)
  const end = to ? new Date(to) : beijingToday
  const start = from
    ? new Date(from)
    : new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth() + 1, 1))
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "from/to must be dates"
    )
  }
  if (start > end) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "from must not be after to"
    )
  }
  const aligned =
    grain === "day"
      ? start
      : new Date(
          Date.UTC(
            start.getUTCFullYear(),
            grain === "year" ? 0 : start.getUTCMonth(),
            1
          )
        )
  return { from: isoDate(aligned), to: isoDate(end) }
}

export function yearRange(year: number): PeriodRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}
