export const PAGE_SIZE = 12
export const SORTS = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
  "households_desc",
] as const

// What the search API accepts for each list filter (its validators).
const LIST_FILTERS = {
  county: /^\d{6}$/,
  category: /^[a-z0-9-]{1,64}$/,
  certification: /^(green_food|organic|geographic_indication|pollution_free)$/,
} as const

// The listing's URL is its state: ?q=&county=&category=&certification=
// &min_price=&max_price=&in_stock=&sort=&page= (prices in yuan). Unknown values are dropped rather than sent on,
// so a hand-edited URL shows a listing, not an error.
export function catalogQuery(
  search: URLSearchParams,
  fixed: Record<string, string> = {}
) {
  const query: Record<string, string | number> = { limit: PAGE_SIZE }
  const q = search.get("q")?.replace(/\0/g, "").trim().slice(0, 100)
  if (q) query.q = q
  for (const [name, pattern] of Object.entries(LIST_FILTERS)) {
    const values = search
      .getAll(name)
      .flatMap((value) => value.split(","))
      .filter((value) => pattern.test(value))
      .slice(0, 20)
    if (values.length) query[name] = values.join(",")
  }
  for (const name of ["min_price", "max_price"] as const) {
    const value = Number(search.get(name))
    if (search.get(name)?.trim() && Number.isFinite(value) && value >= 0)
      query[name] = Math.min(1_000_000, value)
  }
  if (
    typeof query.min_price === "number" &&
    typeof query.max_price === "number" &&
    query.min_price > query.max_price
  ) {
    delete query.max_price
  }
  if (search.get("in_stock") === "true") query.in_stock = "true"
  const sort = search.get("sort")
  if (sort && (SORTS as readonly string[]).includes(sort)) query.sort = sort
  else if (!q) query.sort = "households_desc"
  const page = Math.max(1, Math.min(500, Number(search.get("page")) || 1))
  query.offset = (page - 1) * PAGE_SIZE
  return { ...query, ...fixed }
}

// Whether the shopper narrowed the listing (anything but the query, sort
// and page): the "clear filters" link shows then.
export function hasFilters(search: URLSearchParams) {
  return [
    "county",
    "category",
    "certification",
    "min_price",
    "max_price",
    "in_stock",
  ].some((name) => search.getAll(name).some((value) => value.trim()))
}
