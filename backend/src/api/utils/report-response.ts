import { pipeline } from "node:stream/promises"
import { Transform } from "node:stream"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { stringify } from "csv-stringify"
import { neutralizeFormula } from "../../lib/reports/csv-cell"
import {
  type CsvColumn,
  type CsvLayout,
  layColumns,
} from "../../lib/reports/csv-layout"

export type ReportColumn<Row> = CsvColumn<Row>

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

// Where a report's rows come from: a page with the count of all rows (the
// JSON form), or every row in order as a stream (the CSV form).
export type ReportSource<Raw> = {
  page(limit: number, offset: number): Promise<{ rows: Raw[]; count: number }>
  stream(): Promise<AsyncIterable<Raw>> | AsyncIterable<Raw>
}

// A report over one SQL query: the page cut by limit and offset (or by
// `page`, when the report can cut it cheaper) beside a count of the query,
// and the CSV streamed from a server-side cursor.
export function queryReport<Raw>(
  knex: Knex,
  rows: Knex.QueryBuilder,
  page?: (limit: number, offset: number) => Knex.QueryBuilder
): ReportSource<Raw> {
  return {
    page: async (limit, offset) => {
      const [found, counted] = await Promise.all([
        page?.(limit, offset) ?? rows.clone().limit(limit).offset(offset),
        knex
          .count({ count: "*" })
          .from(rows.clone().clearOrder().as("q"))
          .first(),
      ])
      return {
        rows: found as Raw[],
        count: Number((counted as { count?: string | number })?.count ?? 0),
      }
    },
    stream: () => rows.stream({ highWaterMark: 500 }) as AsyncIterable<Raw>,
  }
}

// A report small enough to read whole (a cooperative's batches).
export function listReport<Raw>(all: () => Promise<Raw[]>): ReportSource<Raw> {
  return {
    page: async (limit, offset) => {
      const rows = await all()
      return { rows: rows.slice(offset, offset + limit), count: rows.length }
    },
    stream: async function* () {
      yield* await all()
    },
  }
}

// Rows in chunks of `size`, each completed by `enrich` (names read from
// other modules) before it moves on.
export async function* enriched<Raw>(
  rows: AsyncIterable<Raw>,
  enrich: (rows: Raw[]) => Promise<Raw[]>,
  size = 500
): AsyncGenerator<Raw> {
  let chunk: Raw[] = []
  for await (const row of rows) {
    chunk.push(row)
    if (chunk.length >= size) {
      yield* await enrich(chunk)
      chunk = []
    }
  }
  if (chunk.length) yield* await enrich(chunk)
}

// One report, two forms: a JSON page (`{ [name]: rows, count, offset,
// limit }`) or, with format=csv, every row streamed through the CSV
// encoder, so memory stays flat for any size. `enrich` adds what the
// source's module does not hold (names) to each page or chunk of rows.
export async function sendReport<Raw, Row extends object>(
  res: MedusaResponse,
  options: {
    name: string
    format: "json" | "csv"
    // The CSV's layout; without it, the machine layout.
    csv?: CsvLayout
    source: ReportSource<Raw>
    enrich?: (rows: Raw[]) => Promise<Raw[]>
    limit: number
    offset: number
    view: (raw: Raw) => Row
    columns: ReportColumn<Row>[]
    // More of the JSON answer (totals and the like): a function is called
    // only for JSON, at the same time as the page and its count.
    extra?: Record<string, unknown> | (() => Promise<Record<string, unknown>>)
  }
): Promise<void> {
  const { name, source, enrich, limit, offset, view } = options
  if (options.format === "csv") {
    const columns = layColumns(options.columns, options.csv)
    startCsv(res, `${name}-${new Date().toISOString().slice(0, 10)}`)
    const toRecord = new Transform({
      objectMode: true,
      transform(raw: Raw, _encoding, done) {
        const row = view(raw)
        done(
          null,
          columns.map((c) => c.value(row))
        )
      },
    })
    const rows = await source.stream()
    await pipeline(
      enrich ? enriched(rows, enrich) : rows,
      toRecord,
      csvEncoder(columns.map((c) => c.header)),
      res
    )
    return
  }
  const [page, extra] = await Promise.all([
    source.page(limit, offset),
    typeof options.extra === "function" ? options.extra() : options.extra,
  ])
  const rows = enrich ? await enrich(page.rows) : page.rows
  res.json({
    [name]: rows.map(view),
    count: page.count,
    offset,
    limit,
    ...extra,
  })
}
