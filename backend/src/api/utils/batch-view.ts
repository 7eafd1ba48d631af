import {
  contributionShares,
  type TraceEvent as TraceEventAnswer,
} from "@tianfu/domain"

// Dates leave as ISO strings (what JSON makes of a Date), typed as such.
export const isoDate = (d: Date | string): string => new Date(d).toISOString()

type Contribution = {
  id: string
  household_id?: string | null
  supplier_name?: string | null
  quantity: number
}

export const BATCH_FIELDS = [
  "id",
  "trace_code",
  "cooperative_id",
  "county_code",
  "village",
  "harvested_at",
  "quantity",
  "unit",
  "stock_quantity",
  "purchase_price",
  "certifications",
  "inspection",
  "voided_at",
  "void_reason",
  "created_at",
  "contributions.id",
  "contributions.household_id",
  "contributions.supplier_name",
  "contributions.quantity",
  "trace_events.id",
  "trace_events.type",
  "trace_events.occurred_at",
  "trace_events.place",
  "trace_events.actor",
  "trace_events.note",
  "trace_events.attachments",
  "trace_events.corrects_event_id",
  "trace_events.correction_reason",
]

type TraceEvent = {
  id: string
  type: string
  occurred_at: Date | string
  place: string
  actor: string
  note?: string | null
  attachments?: unknown
  corrects_event_id?: string | null
  correction_reason?: string | null
}

// The timeline starts with the harvest recorded on the batch itself; the
// appended EPCIS-style events follow in time order. A corrected event stays
// where it was, marked with the event that corrects it; the correction
// carries its reason.
export function timeline(batch: {
  harvested_at: Date | string
  village: string
  trace_events?: (TraceEvent | null)[]
}): (TraceEventAnswer & { attachments: unknown })[] {
  const present = (batch.trace_events ?? []).flatMap((event) =>
    event ? [event] : []
  )
  const correctedBy = new Map(
    present.flatMap((event) =>
      event.corrects_event_id ? [[event.corrects_event_id, event.id]] : []
    )
  )
  const events = present
    .map((event) => ({
      id: event.id,
      corrects_event_id: event.corrects_event_id ?? null,
      correction_reason: event.correction_reason ?? null,
      corrected_by: correctedBy.get(event.id) ?? null,
      type: event.type,
      occurred_at: isoDate(event.occurred_at),
      place: event.place,
      actor: event.actor,
      note: event.note ?? null,
      attachments: event.attachments ?? [],
    }))
    .sort(
      (a, b) =>
        new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime()
    )
  return [
    {
      id: null,
      corrects_event_id: null,
      correction_reason: null,
      corrected_by: null,
      type: "harvested",
      occurred_at: isoDate(batch.harvested_at),
      place: batch.village,
      actor: null,
      note: null,
      attachments: [],
    },
    ...events,
  ]
}

// Contribution shares in basis points (adding up to 10000 of the contributed part).
export function contributionsWithShares(
  contributions: (Contribution | null)[]
) {
  const present = contributions.flatMap((c) => (c ? [c] : []))
  if (!present.length) {
    return []
  }
  const shares = new Map(
    contributionShares(
      present.map((c) => ({ key: c.id, weight: c.quantity }))
    ).map((s) => [s.key, s.amount])
  )
  return present.map((c) => ({
    id: c.id,
    household_id: c.household_id ?? null,
    supplier_name: c.supplier_name ?? null,
    quantity: c.quantity,
    share_bp: shares.get(c.id) ?? 0,
  }))
}

// How many distinct registered households supplied a batch: what the
// public may know, never who.
export function registeredHouseholdCount(
  contributions: ({ household_id?: string | null } | null)[]
): number {
  return new Set(
    contributions.flatMap((c) => (c?.household_id ? [c.household_id] : []))
  ).size
}
