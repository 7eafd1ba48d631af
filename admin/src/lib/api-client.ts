import { config } from "./config"
import { readSession, writeSession } from "./session"

// An error the backend answered with: its status and its message (which
// names the field for a 400).
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type?: string,
    // The whole answer, for the few that carry more (an upload's row errors).
    readonly body?: unknown
  ) {
    super(message)
    this.name = "ApiError"
  }
}

// The wrapper of every offset-paged list: `{ things, count, offset, limit }`.
export type Page = { count: number; offset: number; limit: number }

export type QueryParams = Record<
  string,
  string | number | boolean | null | undefined | string[]
>

type RequestOptions = {
  method?: "GET" | "POST" | "DELETE"
  query?: QueryParams
  body?: unknown
  // A token other than the session's (registration tokens).
  token?: string | null
  // Send the publishable key (for /store routes).
  store?: boolean
  // A file sent as the request body itself, of this type (not JSON).
  file?: { body: Blob; type: string }
}

export function apiUrl(path: string, query?: QueryParams) {
  const url = new URL(config.backendUrl + path)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue
    if (Array.isArray(value))
      value.forEach((v) => url.searchParams.append(key, v))
    else url.searchParams.set(key, String(value))
  }
  return url.toString()
}

async function send(path: string, options: RequestOptions) {
  const session = readSession()
  const token = options.token === undefined ? session?.token : options.token
  const headers: Record<string, string> = { Accept: "application/json" }
  if (token) headers.Authorization = `Bearer ${token}`
  if (options.body !== undefined) headers["Content-Type"] = "application/json"
  if (options.file) headers["Content-Type"] = options.file.type
  if (options.store && config.publishableKey) {
    headers["x-publishable-api-key"] = config.publishableKey
  }
  const response = await fetch(apiUrl(path, options.query), {
    method: options.method ?? "GET",
    headers,
    body:
      options.file?.body ??
      (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as {
      message?: string
      type?: string
    } | null
    // The session's token expired or was revoked: sign out, the router's
    // guard sends the user to the login page.
    if (response.status === 401 && options.token === undefined && session) {
      writeSession(null)
    }
    throw new ApiError(
      response.status,
      payload?.message || response.statusText,
      payload?.type,
      payload
    )
  }
  return response
}

// One call to the backend, answered as JSON.
export async function api<T>(path: string, options: RequestOptions = {}) {
  const response = await send(path, options)
  // 204, or Medusa's bare "Created" (its password-reset request).
  if (
    response.status === 204 ||
    !response.headers.get("content-type")?.includes("json")
  )
    return undefined as T
  return (await response.json()) as T
}

// A CSV (or any file) the backend streams, saved under the given name.
export async function download(
  path: string,
  query: QueryParams,
  filename: string
) {
  const response = await send(path, { query })
  saveFile(await response.blob(), filename)
}

// Saves a file the page made itself (a template, an export) under a name.
export function saveFile(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = href
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(href), 1000)
}

// A file the backend answers as an attachment (an evidence document),
// saved under the name its Content-Disposition gives, else `fallback`.
export async function downloadAttachment(path: string, fallback: string) {
  const response = await send(path, {})
  const disposition = response.headers.get("content-disposition") ?? ""
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1]
  saveFile(
    await response.blob(),
    encoded ? decodeURIComponent(encoded) : fallback
  )
}

// A file the user picked, as base64 (for JSON uploads).
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] ?? "")
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

// Sends a file as the request body itself (not JSON), for routes that read
// it as a stream; answered as JSON.
export function uploadBody<T>(path: string, file: Blob, type: string) {
  return api<T>(path, { method: "POST", file: { body: file, type } })
}

// The query that asks a report for the CSV a reviewer hands on: headers in
// the console's language, amounts in yuan, county names beside codes.
export function reviewerCsv(language: string): QueryParams {
  return { format: "csv", lang: language === "en" ? "en" : "zh-CN" }
}
