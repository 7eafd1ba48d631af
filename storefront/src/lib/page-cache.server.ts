import crypto from "node:crypto"
import type { MiddlewareFunction, RouterContextProvider } from "react-router"
import { createContext } from "react-router"
import type { ProductChanges } from "@tianfu/domain"
import { languageFromCookie, LANGUAGE_COOKIE } from "@/i18n"
import { getRegion } from "./region.server"
import { getServerSdk } from "./sdk.server"

// Rendered pages kept for anonymous shoppers, keyed as the page varies: its
// URL, the language (a cookie) and the region (the shop's one, read once a
// minute). A page is dropped when the backend says its product changed:
// /store/product-changes lists the products the search subscribers saw
// change (product, variant, price, stock, batch, cooperative and order
// events), asked every second while anything is cached. Whenever that
// question fails the whole cache is dropped and pages render afresh until it
// answers again, so a page is never older than the last answer.
//
// Only a request with no cookie but the language one and no Authorization
// is anonymous. The shop keeps carts and sign-ins in localStorage, so the
// server never renders anyone's own page; but a cookie can mean a session
// (a customer's, a cart's, a proxy's), and such a page is never kept nor
// let be kept (`no-store`).
//
// Each answer gets its own Content-Security-Policy nonce: the kept HTML is
// re-stamped with a fresh one, so a kept page is no weaker than a rendered
// one. For the same reason the browser-facing Cache-Control is `private`: a
// shared cache would hand one nonce to everyone. The ETag is of the page
// without its nonce (weak, as the bytes differ per answer), and a 304 omits
// the policy so the browser keeps the one that matches its kept copy.

const POLL_MS = Number(process.env.PAGE_CACHE_POLL_MS) || 1_000
const MAX_AGE_MS = Number(process.env.PAGE_CACHE_MAX_AGE_MS) || 10 * 60_000
const MAX_ENTRIES = Number(process.env.PAGE_CACHE_ENTRIES) || 2_000
// Changes are asked from this far before the last answer's time: a change
// recorded in a transaction still open then is seen on the next look.
const OVERLAP_MS = 5_000
// Must match the backend's PRODUCT_CHANGES_LIMIT: a full answer may have
// left some out, so everything goes.
const CHANGES_LIMIT = 1_000
const BROWSER_CACHE_CONTROL = "private, max-age=0, stale-while-revalidate=60"
const NEVER_STORED = "private, no-store"
const NONCE_HOLE = "\u0000nonce\u0000"

type Entry = {
  html: string // with NONCE_HOLE where the nonce was
  policy: string // likewise
  headers: [string, string][]
  etag: string
  tags: string[]
  at: number
}

const entries = new Map<string, Entry>()
const byTag = new Map<string, Set<string>>()
const rendering = new Map<string, Promise<Entry | null>>()
let cursor: string | null = null
let polling: ReturnType<typeof setInterval> | null = null
// Each look that drops something is numbered: a page whose render began
// before its product was dropped is not kept (it may have read the data
// from before the change).
let looks = 0
const droppedAt = new Map<string, number>()
let wipedAt = 0

function drop(key: string) {
  const entry = entries.get(key)
  if (!entry) return
  entries.delete(key)
  for (const tag of entry.tags) byTag.get(tag)?.delete(key)
}

function dropAll() {
  entries.clear()
  byTag.clear()
  wipedAt = ++looks
}

function keep(key: string, entry: Entry) {
  drop(key)
  // Oldest first out (a Map iterates in insertion order).
  while (entries.size >= MAX_ENTRIES) {
    drop(entries.keys().next().value as string)
  }
  entries.set(key, entry)
  for (const tag of entry.tags) {
    let keys = byTag.get(tag)
    if (!keys) byTag.set(tag, (keys = new Set()))
    keys.add(key)
  }
}

async function lookForChanges() {
  if (!entries.size && cursor) return
  try {
    const since = cursor
      ? new Date(Date.parse(cursor) - OVERLAP_MS).toISOString()
      : undefined
    const changes = await getServerSdk().client.fetch<ProductChanges>(
      "/store/product-changes",
      { query: since ? { since } : {} }
    )
    if (changes.product_ids.length >= CHANGES_LIMIT) dropAll()
    if (changes.product_ids.length) looks++
    for (const id of changes.product_ids) {
      for (const key of [...(byTag.get(id) ?? [])]) drop(key)
      byTag.delete(id)
      droppedAt.set(id, looks)
    }
    cursor = changes.until
  } catch {
    dropAll()
    cursor = null
  }
}

function startLooking() {
  if (polling) return
  polling = setInterval(() => void lookForChanges(), POLL_MS)
  polling.unref()
  void lookForChanges()
}

// Anonymous: no Authorization, no cookie other than the language.
export function isAnonymous(request: Request): boolean {
  if (request.headers.has("Authorization")) return false
  const cookies = request.headers.get("Cookie")
  if (!cookies) return true
  return cookies
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean)
    .every((c) => c.startsWith(`${LANGUAGE_COOKIE}=`))
}

// What the page's loader says it shows (a product id): the changes that
// drop it.
const pageTags = createContext<string[]>()

export function tagPage(context: Readonly<RouterContextProvider>, tag: string) {
  try {
    context.get(pageTags).push(tag)
  } catch {
    // Not under cachedPages (a route without it): nothing to tag.
  }
}

const nonceOf = (policy: string) =>
  policy.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1] ?? null

async function entryOf(response: Response, tags: string[]) {
  const policy = response.headers.get("Content-Security-Policy") ?? ""
  const nonce = nonceOf(policy)
  if (
    response.status !== 200 ||
    !nonce ||
    response.headers.has("Set-Cookie") ||
    !response.headers.get("Content-Type")?.startsWith("text/html")
  ) {
    return null
  }
  const html = (await response.clone().text()).split(nonce).join(NONCE_HOLE)
  const headers = [...response.headers].filter(
    ([name]) =>
      !["content-security-policy", "content-length", "etag"].includes(name)
  )
  const etag = `W/"${crypto.createHash("sha1").update(html).digest("base64url")}"`
  return {
    html,
    policy: policy.split(nonce).join(NONCE_HOLE),
    headers,
    etag,
    tags,
    at: Date.now(),
  } satisfies Entry
}

function answer(entry: Entry, request: Request): Response {
  const headers = new Headers(entry.headers)
  headers.set("ETag", entry.etag)
  headers.set("Cache-Control", BROWSER_CACHE_CONTROL)
  headers.append("Vary", "Cookie")
  const validators = request.headers.get("If-None-Match")
  if (
    validators
      ?.split(",")
      .map((v) => v.trim().replace(/^W\//, ""))
      .includes(entry.etag.replace(/^W\//, ""))
  ) {
    headers.delete("Content-Type")
    return new Response(null, { status: 304, headers })
  }
  const nonce = crypto.randomBytes(16).toString("base64")
  headers.set(
    "Content-Security-Policy",
    entry.policy.split(NONCE_HOLE).join(nonce)
  )
  return new Response(entry.html.split(NONCE_HOLE).join(nonce), {
    status: 200,
    headers,
  })
}

// The middleware of a route whose pages are kept (the product page): GET
// documents only; the `.data` of client-side navigations pass through.
export const cachedPages: MiddlewareFunction<Response> = async (
  { request, context },
  next
) => {
  context.set(pageTags, [])
  const url = new URL(request.url)
  if (request.method !== "GET" || url.pathname.endsWith(".data")) {
    return next()
  }
  if (!isAnonymous(request)) {
    const response = await next()
    response.headers.set("Cache-Control", NEVER_STORED)
    response.headers.append("Vary", "Cookie")
    return response
  }
  startLooking()
  const region = await getRegion().catch(() => null)
  const key = [
    languageFromCookie(request.headers.get("Cookie")),
    region?.id ?? "",
    url.pathname + url.search,
  ].join(" ")
  const kept = entries.get(key)
  if (kept && Date.now() - kept.at < MAX_AGE_MS) return answer(kept, request)
  // A page already being rendered for someone else is waited for.
  const pending = rendering.get(key)
  if (pending) {
    const entry = await pending
    if (entry) return answer(entry, request)
  }
  // Kept only if the backend's changes were followed from before the render
  // began (a page rendered before the first answer could miss a change) and
  // none of its products changed while it rendered.
  const following = cursor !== null
  const began = looks
  let settle: (entry: Entry | null) => void = () => {}
  const mine = new Promise<Entry | null>((resolve) => (settle = resolve))
  rendering.set(key, mine)
  let entry: Entry | null = null
  try {
    const response = await next()
    entry = following
      ? await entryOf(response, context.get(pageTags)).catch(() => null)
      : null
    const current =
      entry &&
      cursor !== null &&
      wipedAt <= began &&
      entry.tags.every((tag) => (droppedAt.get(tag) ?? 0) <= began)
    if (!entry || !current) {
      entry = null
      response.headers.append("Vary", "Cookie")
      return response
    }
    keep(key, entry)
    return answer(entry, request)
  } finally {
    settle(entry)
    if (rendering.get(key) === mine) rendering.delete(key)
  }
}
