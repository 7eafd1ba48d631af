export const UNITS = ["kg", "g", "piece", "l"] as const
export type Unit = (typeof UNITS)[number]

export const CERTIFICATIONS = [
  "green_food",
  "organic",
  "geographic_indication",
  "pollution_free",
] as const
export type Certification = (typeof CERTIFICATIONS)[number]

export const TRACE_EVENT_TYPES = [
  "inspected",
  "packed",
  "shipped",
  "received",
] as const
export type TraceEventType = (typeof TRACE_EVENT_TYPES)[number]

export type BatchVariant = {
  id: string
  title: string
  product?: { id?: string; title: string } | null
} | null

export type BatchListItem = {
  id: string
  trace_code: string
  village: string
  harvested_at: string
  quantity: number
  unit: Unit
  stock_quantity: number
  certifications: Certification[]
  // Voided by the cooperative (recorded in error, nothing of it sold).
  voided_at?: string | null
  void_reason?: string | null
  created_at: string
  registered_households: number
  contribution_count?: number
  variant?: BatchVariant
}

export type BatchList = {
  batches: BatchListItem[]
  count: number
  offset: number
  limit: number
}

export type Inspection = {
  agency: string
  inspected_at: string
  result: "pass" | "fail"
  report_number?: string | null
}

export type BatchContribution = {
  id: string
  household_id: string | null
  supplier_name: string | null
  quantity: number
  // Share of the contributed quantity, in basis points.
  share_bp: number
  household: { registry_number: string; head_name: string } | null
}

export type TimelineEvent = {
  // Null for the harvest (recorded on the batch itself).
  id: string | null
  type: "harvested" | TraceEventType
  occurred_at: string
  place: string
  actor: string | null
  note: string | null
  corrects_event_id: string | null
  correction_reason: string | null
  corrected_by: string | null
}

export type BatchDetail = Omit<BatchListItem, "contribution_count"> & {
  county_code: string
  inspection: Inspection | null
  variant: BatchVariant
  contributions: BatchContribution[]
  timeline: TimelineEvent[]
}

export type CreateBatchBody = {
  variant_id: string
  harvested_at: string
  village: string
  quantity: number
  unit: Unit
  units_per_stock_item: number
  certifications: Certification[]
  inspection: Inspection | null
  contributions: (
    | { household_id: string; quantity: number }
    | { supplier_name: string; quantity: number }
  )[]
}

export type AppendTraceEventBody = {
  type: TraceEventType
  occurred_at: string
  place: string
  actor?: string
  note?: string | null
  // A correction of an earlier event of the batch, with the reason.
  corrects?: { event_id: string; reason: string }
}
