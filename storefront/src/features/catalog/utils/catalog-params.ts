export const PAGE_SIZE = 12
export const SORTS = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
  "households_desc",
] as const

const LIST_FILTERS = ["county", "category", "certification"] as const

// The listing's URL is its state: ?q=&county=&category=&certification=
// &in_stock=&sort=&page=. Unknown values are dropped rather than sent on,
// so a hand-edited URL shows a listing, not an error.
export function catalogQuery(
  search: URLSearchParams,
  fixed: Record<string, string> = {}
) {
  const query: Record<string, string | number> = { limit: PAGE_SIZE }
  const q = search.get("q")?.trim().slice(0, 100)
  if (q) query.q = q
  for (const name of LIST_FILTERS) {
    const values = search.getAll(name).filter(Boolean)
    if (values.length) query[name] = values.join(",")
  }
  if (search.get("in_stock") === "true") query.in_stock = "true"
  const sort = search.get("sort")
  if (sort && (SORTS as readonly string[]).includes(sort)) query.sort = sort
  else if (!q) query.sort = "households_desc"
  const page = Math.max(1, Math.min(500, Number(search.get("page")) || 1))
  query.offset = (page - 1) * PAGE_SIZE
  return { ...query, ...fixed }
}
