import type { ReportColumn } from "../../utils/report-response"

type BatchTotal = {
  batch_id: string
  trace_code: string
  harvested_at: Date
  village: string
  quantity: number
  unit: string
  stock_quantity: number
  allocated_quantity: number
  sales: string
  refunds: string
  net: string
}

// The cooperative's money per batch: Postgres's bigint sums arrive as
// strings and leave as numbers (fen).
export const batchView = (raw: BatchTotal) => ({
  ...raw,
  sales: Number(raw.sales),
  refunds: Number(raw.refunds),
  net: Number(raw.net),
})

type BatchRow = ReturnType<typeof batchView>

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
    value: (row) => {
      const value = row[key]
      return value instanceof Date ? value.toISOString() : value
    },
  })
)
