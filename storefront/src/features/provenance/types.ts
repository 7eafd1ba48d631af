import type { CountySummary } from "@/types/county"

export type BatchSummary = {
  trace_code: string
  variant_id: string
  variant_title: string
  village: string
  harvested_at: string
  quantity: number
  unit: string
  certifications: string[]
  registered_households: number
}

export type Provenance = {
  product_id: string
  cooperative: { name: string; handle: string; story: string | null }
  county: CountySummary | null
  registered_households: number
  batches: BatchSummary[]
}

export type TraceEvent = {
  type: string
  occurred_at: string
  place: string | null
  actor: string | null
  note: string | null
}

export type Trace = {
  code: string
  harvested_at: string
  village: string
  quantity: number
  unit: string
  certifications: string[]
  inspection: { agency: string; inspected_at: string; result: string } | null
  registered_households: number
  timeline: TraceEvent[]
  product: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    variant_title: string
  } | null
  cooperative: {
    name: string
    handle: string
    story: string | null
    logo_url: string | null
  }
  county: CountySummary | null
}
