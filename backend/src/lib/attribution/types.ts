import type { EntryInput } from "../../modules/attribution/service"

// Plain shapes the pure attribution functions work on; the workflow steps
// load them from the order and the batch module.

export type Contribution = {
  // null: a non-registered supplier, whose share stays with the cooperative.
  household_id: string | null
  county_code: string | null
  quantity: number
}

export type AllocatedBatch = {
  batch_id: string
  // Sellable variant units of this line taken from the batch.
  quantity: number
  // The batch's size in its own unit; contributions are in the same unit.
  batch_quantity: number
  contributions: Contribution[]
}

export type AttributableLine = {
  line_item_id: string
  cooperative_id: string
  // The cooperative's county: where its remainder is counted.
  county_code: string
  // After discounts, before tax and shipping, in fen.
  net_amount: number
  quantity: number
  allocations: AllocatedBatch[]
}

// One ledger line as the planner drafts it: the attribution module's entry
// without its time (the module owns the shape it stores).
export type EntryDraft = Omit<EntryInput, "occurred_at">
export type EntryKind = EntryDraft["kind"]

export type PostedEntry = Omit<EntryDraft, "order_id" | "source_event_id">
