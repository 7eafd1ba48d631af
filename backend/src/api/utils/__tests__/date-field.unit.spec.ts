import { dateField, isValidDateString } from "../date-field"

describe("dates in requests", () => {
  it.each([
    "2026-09-20",
    "2026-02-28",
    "2024-02-29",
    "2026-09-20T08:30:00Z",
    "2026-09-20T08:30:00.123+08:00",
    "2026-09-20T08:30",
  ])("accepts %s", (value) => {
    expect(isValidDateString(value)).toBe(true)
  })

  it.each([
    "2026-02-30",
    "2025-02-29",
    "2026-13-01",
    "0000-01-01",
    "100000-01-01",
    "1899-12-31",
    "2101-01-01",
    "2026-09-20T24:00:00Z",
    "20260920",
    "yesterday",
    "",
  ])("refuses %s", (value) => {
    expect(isValidDateString(value)).toBe(false)
  })

  it("never coerces booleans or numbers, and names the field without the value", () => {
    for (const value of [true, 12345, 1700000000000, null]) {
      const parsed = dateField("occurred_at").safeParse(value)
      expect(parsed.success).toBe(false)
      if (!parsed.success) {
        expect(parsed.error.issues[0].message).toContain("occurred_at")
        expect(parsed.error.issues[0].message).not.toContain(String(value))
      }
    }
    const parsed = dateField("occurred_at").safeParse("2026-09-20")
    expect(parsed.success && parsed.data.toISOString()).toBe(
      "2026-09-20T00:00:00.000Z"
    )
  })
})
