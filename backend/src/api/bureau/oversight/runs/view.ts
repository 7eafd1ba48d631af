export const RUN_FIELDS = [
  "id",
  "jurisdiction_code",
  "year",
  "trigger",
  "status",
  "counties_done",
  "counties_total",
  "households",
  "aid_records",
  "flags_opened",
  "flags_reopened",
  "flags_cleared",
  "cases_opened",
  "duration_ms",
  "failure",
  "created_at",
  "finished_at",
] as const

const COUNTS = [
  "counties_done",
  "counties_total",
  "households",
  "aid_records",
  "flags_opened",
  "flags_reopened",
  "flags_cleared",
  "cases_opened",
] as const

// The jurisdictions whose runs a reviewer sees: their own and those inside
// it in full; a broader run (the nightly one over every county) without
// its counts, which are other jurisdictions' too.
export function jurisdictionsAbove(code: string): string[] {
  return ["", code.slice(0, 2), code.slice(0, 4)].filter(
    (p) => p.length < code.length
  )
}

export function runView(run: Record<string, unknown>, callerCode: string) {
  const mine = String(run.jurisdiction_code).startsWith(callerCode)
  const view = Object.fromEntries(
    RUN_FIELDS.map((f) => [f, run[f] ?? null])
  ) as Record<string, unknown>
  if (!mine) for (const c of COUNTS) view[c] = null
  return view
}
