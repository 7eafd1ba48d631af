import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { PassThrough, pipeline, type Readable } from "node:stream"
import { finished } from "node:stream/promises"
import { parse } from "csv-parse"
import ExcelJS from "exceljs"
import iconv from "iconv-lite"

// A registry file's rows as arrays of cell text, read as the file arrives:
// XLSX (the first worksheet, through exceljs's streaming reader), or CSV in
// UTF-8 (with or without BOM) or GB18030/GBK (what Excel on a Chinese
// Windows saves as "CSV"). The format is told by the file's first bytes, not
// by its name or content type. A body that breaks off (the client went
// away) ends the rows with UnreadableFileError instead of leaving the
// reader waiting.

export type RegistryFileFormat = "xlsx" | "csv-utf8" | "csv-gbk"

// Bytes looked at to tell the format and the encoding.
const SNIFF_BYTES = 64 * 1024

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])

// The first bytes of a stream, and a stream that still yields all of it
// (one iterator over the body: breaking out of a for-await would destroy
// it). When `whole` is destroyed (the reader stopped early), the body is
// let go too.
async function sniff(stream: Readable): Promise<{
  head: Buffer
  whole: PassThrough
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
        if (whole.destroyed) break
        const next = await body.next()
        if (next.done) {
          whole.end()
          return
        }
        if (!whole.write(next.value)) {
          // Both listeners go once either fires: a long file waits for
          // drain thousands of times.
          await new Promise<void>((resolve) => {
            const done = () => {
              whole.off("drain", done)
              whole.off("close", done)
              resolve()
            }
            whole.once("drain", done)
            whole.once("close", done)
          })
        }
      }
      await body.return?.()
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

// Where exceljs may spool a workbook's worksheets. A workbook saved by
// Excel stores its worksheets before its shared strings, and exceljs
// writes each such worksheet to a temporary file (in plain text: names, ID
// numbers, phones) until the strings are read. Those files go to a private
// folder (0700) of their own, emptied when the read ends however it ends,
// and before each read (a crash's leftovers). One registry import runs at
// a time, so one folder serves.
export const SPOOL_DIR = path.join(os.tmpdir(), "tianfu-registry-spool")

function emptySpool() {
  fs.rmSync(SPOOL_DIR, { recursive: true, force: true })
}

async function* xlsxRows(stream: Readable): AsyncGenerator<string[]> {
  emptySpool()
  fs.mkdirSync(SPOOL_DIR, { recursive: true, mode: 0o700 })
  // exceljs takes its temporary folder from os.tmpdir(), i.e. TMPDIR, when
  // it creates a file; it is pointed at the spool only while exceljs runs.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  })
  const sheets = reader[Symbol.asyncIterator]()
  const spooled = async <T>(step: () => Promise<T>): Promise<T> => {
    const previous = process.env.TMPDIR
    process.env.TMPDIR = SPOOL_DIR
    try {
      return await step()
    } finally {
      if (previous === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = previous
    }
  }
  try {
    let first = true
    for (;;) {
      const sheet = await spooled(() => sheets.next())
      if (sheet.done) break
      const rows = (sheet.value as AsyncIterable<ExcelJS.Row>)[
        Symbol.asyncIterator
      ]()
      for (;;) {
        const row = await spooled(() => rows.next())
        if (row.done) break
        // The first worksheet is the registry; the rest are read through
        // (so exceljs finishes and removes its files) but not used.
        if (!first) continue
        // row.values is 1-based and sparse.
        const cells = Array.from(
          (row.value.values as unknown[]).slice(1),
          cellText
        )
        if (cells.some((c) => c.trim() !== "")) yield cells
      }
      first = false
    }
  } finally {
    stream.destroy()
    emptySpool()
  }
}

// A file the readers could not make rows of (a broken XLSX, a CSV that is
// not one, a body that broke off); the import fails with a reason instead
// of an error.
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: unknown,
    message = "the file is not a readable CSV or XLSX"
  ) {
    super(message)
  }
}

// The body broke off before its end (the client went away).
class BrokenOffError extends Error {}

// The rows, ended by an error of the body itself (it broke off) as well as
// by the reader's, and the body let go when the reading stops early.
async function* readable(rows: AsyncIterable<string[]>, whole: PassThrough) {
  const broken = finished(whole).then(
    () => new Promise<never>(() => {}),
    (error: unknown) => Promise.reject(new BrokenOffError(String(error)))
  )
  broken.catch(() => {})
  const it = rows[Symbol.asyncIterator]()
  try {
    for (;;) {
      const next = await Promise.race([it.next(), broken])
      if (next.done) return
      yield next.value
    }
  } catch (error) {
    throw error instanceof BrokenOffError
      ? new UnreadableFileError(
          error,
          "the upload broke off before the end of the file"
        )
      : new UnreadableFileError(error)
  } finally {
    whole.destroy()
    void it.return?.()
  }
}

// The rows of a registry file, and its format once known.
export async function registryRecords(stream: Readable): Promise<{
  format: RegistryFileFormat
  rows: AsyncIterable<string[]>
}> {
  const { head, whole } = await sniff(stream).catch((error: unknown) => {
    throw new UnreadableFileError(
      error,
      "the upload broke off before the end of the file"
    )
  })
  const format = formatOf(head)
  if (format === "xlsx") {
    return { format, rows: readable(xlsxRows(whole), whole) }
  }
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: 20_000,
  })
  const onError = (error: Error | null) => {
    if (error) parser.destroy(error)
  }
  if (format === "csv-gbk") {
    pipeline(whole, iconv.decodeStream("gb18030"), parser, onError)
  } else {
    pipeline(whole, parser, onError)
  }
  return { format, rows: readable(parser as AsyncIterable<string[]>, whole) }
}
