import { pipeline } from "node:stream/promises"
import { Transform } from "node:stream"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { stringify } from "csv-stringify"
import { neutralizeFormula } from "../../lib/reports/csv-cell"

export type ReportColumn<Row> = {
  header: string
  value: (row: Row) => string | number | boolean | null
}

// CSV response headers and the BOM that makes Excel read the Chinese names
// as UTF-8; every CSV export starts here.
export function startCsv(res: MedusaResponse, filename: string): void {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}.csv"`)
  res.write("\uFEFF")
}

// The one CSV encoder every export uses: a header row, booleans as words,
// and text cells that could run as spreadsheet formulas neutralised.
export function csvEncoder(columns: string[]) {
  return stringify({
    header: true,
    columns,
    cast: {
      boolean: (value) => (value ? "true" : "false"),
      string: (value) => neutralizeFormula(value),
    },
  })
}

// One report, two forms: a JSON page (`{ [name]: rows, count, offset,
// limit }`) or, with format=csv, every row streamed from a server-side
// cursor through the CSV encoder, so memory stays flat for any size.
export async function sendReport<Raw, Row extends object>(
  res: MedusaResponse,
  options: {
    name: string
    knex: Knex
    format: "json" | "csv"
    rows: Knex.QueryBuilder
    // The JSON page, when the report can cut it cheaper than `rows` with a
    // limit and offset.
    page?: (limit: number, offset: number) => Knex.QueryBuilder
    limit: number
    offset: number
    view: (raw: Raw) => Row
    columns: ReportColumn<Row>[]
    // More of the JSON answer (totals and the like): a function is called
    // only for JSON, at the same time as the page and its count.
    extra?: Record<string, unknown> | (() => Promise<Record<string, unknown>>)
  }
): Promise<void> {
  const { name, rows, limit, offset, view } = options
  if (options.format === "csv") {
    startCsv(res, `${name}-${new Date().toISOString().slice(0, 10)}`)
    const toRecord = new Transform({
      objectMode: true,
      transform(raw: Raw, _encoding, done) {
        const row = view(raw)
        done(
          null,
          options.columns.map((c) => c.value(row))
        )
      },
    })
    await pipeline(
      rows.stream({ highWaterMark: 500 }),
      toRecord,
      csvEncoder(options.columns.map((c) => c.header)),
      res
    )
    return
  }
  const [page, counted, extra] = await Promise.all([
    options.page?.(limit, offset) ?? rows.clone().limit(limit).offset(offset),
    options.knex
      .count({ count: "*" })
      .from(rows.clone().clearOrder().as("q"))
      .first(),
    typeof options.extra === "function" ? options.extra() : options.extra,
  ])
  res.json({
    [name]: (page as Raw[]).map(view),
    count: Number((counted as { count?: string | number })?.count ?? 0),
    offset,
    limit,
    ...extra,
  })
}
