import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import type { BatchAttributionRow } from "@tianfu/domain"
import type { ReportColumn } from "../../utils/report-response"

type BatchFacts = {
  id: string
  trace_code: string
  harvested_at: Date | string
  village: string
  quantity: number
  unit: string
  stock_quantity: number
  allocated_quantity: number
}

type BatchTotal = Omit<BatchFacts, "id"> & {
  batch_id: string
  sales: number
  refunds: number
  net: number
}

const time = (d: Date | string) => new Date(d).getTime()

// The cooperative's money per batch (the attribution module's totals) with
// each batch's facts (the batch module's, through query.graph), newest
// harvest first. A cooperative has hundreds of batches, not millions: read
// whole.
export async function batchTotalsWithFacts(
  scope: MedusaContainer,
  cooperativeId: string
): Promise<BatchTotal[]> {
  const ledger: AttributionModuleService = scope.resolve(ATTRIBUTION_MODULE)
  const totals = await ledger.batchTotals(cooperativeId)
  if (!totals.length) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "batch",
    fields: [
      "id",
      "trace_code",
      "harvested_at",
      "village",
      "quantity",
      "unit",
      "stock_quantity",
      "allocated_quantity",
    ],
    filters: { id: totals.map((t) => t.batch_id) },
  })
  const facts = new Map((data as BatchFacts[]).map((b) => [b.id, b]))
  return totals
    .flatMap((t) => {
      const batch = facts.get(t.batch_id)
      if (!batch) return []
      const { id: _id, ...rest } = batch
      return [{ ...t, ...rest, batch_id: t.batch_id }]
    })
    .sort(
      (a, b) =>
        time(b.harvested_at) - time(a.harvested_at) ||
        (a.batch_id < b.batch_id ? -1 : a.batch_id > b.batch_id ? 1 : 0)
    )
}

export const batchView = (raw: BatchTotal): BatchAttributionRow => ({
  ...raw,
  harvested_at: new Date(raw.harvested_at).toISOString(),
})

type BatchRow = BatchAttributionRow

// Named, not read off a row: a CSV's header must not depend on the data.
const BATCH_FIELDS: (keyof BatchRow)[] = [
  "batch_id",
  "trace_code",
  "harvested_at",
  "village",
  "quantity",
  "unit",
  "stock_quantity",
  "allocated_quantity",
  "sales",
  "refunds",
  "net",
]

export const BATCH_COLUMNS: ReportColumn<BatchRow>[] = BATCH_FIELDS.map(
  (key) => ({
    header: key,
    value: (row) => row[key],
  })
)
