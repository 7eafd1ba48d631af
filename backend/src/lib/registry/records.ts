import { PassThrough, type Readable } from "node:stream"
import { parse } from "csv-parse"
import ExcelJS from "exceljs"
import iconv from "iconv-lite"

// A registry file's rows as arrays of cell text, read as the file arrives:
// XLSX (the first worksheet, through exceljs's streaming reader), or CSV in
// UTF-8 (with or without BOM) or GB18030/GBK (what Excel on a Chinese
// Windows saves as "CSV"). The format is told by the file's first bytes, not
// by its name or content type.

export type RegistryFileFormat = "xlsx" | "csv-utf8" | "csv-gbk"

// Bytes looked at to tell the format and the encoding.
const SNIFF_BYTES = 64 * 1024

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])

// The first bytes of a stream, and a stream that still yields all of it
// (one iterator over the body: breaking out of a for-await would destroy
// it).
async function sniff(stream: Readable): Promise<{
  head: Buffer
  whole: Readable
}> {
  const body = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>
  const chunks: Buffer[] = []
  let size = 0
  let done = false
  while (size < SNIFF_BYTES) {
    const next = await body.next()
    if (next.done) {
      done = true
      break
    }
    const buffer = Buffer.isBuffer(next.value)
      ? next.value
      : Buffer.from(next.value)
    chunks.push(buffer)
    size += buffer.length
  }
  const head = Buffer.concat(chunks)
  const whole = new PassThrough()
  whole.write(head)
  if (done) {
    whole.end()
    return { head, whole }
  }
  // The rest of the body, with the same backpressure as a pipe.
  void (async () => {
    try {
      for (;;) {
        const next = await body.next()
        if (next.done) break
        if (!whole.write(next.value))
          await new Promise((resolve) => whole.once("drain", resolve))
      }
      whole.end()
    } catch (error) {
      whole.destroy(error as Error)
    }
  })()
  return { head, whole }
}

// UTF-8 unless the head is not valid UTF-8 (a character cut at the end of
// the head is fine); then GB18030, the superset of GBK.
export function formatOf(head: Buffer): RegistryFileFormat {
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return "xlsx"
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true })
    return "csv-utf8"
  } catch {
    return "csv-gbk"
  }
}

// A cell's value as the text a reviewer sees: numbers without exponent,
// dates as YYYY-MM-DD, rich text joined, a formula's result.
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "string") return value
  if (typeof value === "number") {
    return Number.isInteger(value)
      ? value.toLocaleString("en-US", { useGrouping: false })
      : String(value)
  }
  if (typeof value === "boolean") return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === "object") {
    const v = value as {
      richText?: { text: string }[]
      result?: unknown
      text?: unknown
      error?: string
    }
    if (v.richText) return v.richText.map((r) => r.text).join("")
    if ("result" in v) return cellText(v.result)
    if ("text" in v) return cellText(v.text)
  }
  return ""
}

async function* xlsxRows(stream: Readable): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  })
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      // row.values is 1-based and sparse.
      const values = (row.values as unknown[]).slice(1)
      const cells = Array.from(values, cellText)
      if (cells.some((c) => c.trim() !== "")) yield cells
    }
    // The first worksheet is the registry; the rest are not read.
    return
  }
}

// A file the readers could not make rows of (a broken XLSX, a CSV that is
// not one); the import fails with a reason instead of an error.
export class UnreadableFileError extends Error {
  constructor(readonly reason: unknown) {
    super("the file is not a readable CSV or XLSX")
  }
}

async function* readable(rows: AsyncIterable<string[]>) {
  try {
    yield* rows
  } catch (error) {
    throw new UnreadableFileError(error)
  }
}

// The rows of a registry file, and its format once known.
export async function registryRecords(stream: Readable): Promise<{
  format: RegistryFileFormat
  rows: AsyncIterable<string[]>
}> {
  const { head, whole } = await sniff(stream)
  const format = formatOf(head)
  if (format === "xlsx") return { format, rows: readable(xlsxRows(whole)) }
  const text =
    format === "csv-gbk" ? whole.pipe(iconv.decodeStream("gb18030")) : whole
  const rows = text.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 20_000,
    })
  ) as AsyncIterable<string[]>
  return { format, rows: readable(rows) }
}
