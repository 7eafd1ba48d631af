import { MeiliSearch } from "./meilisearch-client"
import type {
  FacetCount,
  SearchDocument,
  SearchHit,
  SearchProvider,
  SearchQuery,
  SearchResult,
} from "../types"

export type MeilisearchOptions = {
  host: string
  apiKey?: string
  // Index uid; several databases may share one Meilisearch.
  index?: string
}

const FACETS = {
  county_code: "county_code",
  category: "category_handles",
  certification: "certifications",
  in_stock: "in_stock",
} as const

const SORTS: Record<SearchQuery["sort"], string[] | undefined> = {
  relevance: undefined,
  newest: ["published_ts:desc"],
  price_asc: ["price_min:asc"],
  price_desc: ["price_min:desc"],
  households_desc: ["households_count:desc"],
}

// Filter values are codes, handles and enum words; quoting keeps any other
// character from changing the expression.
const quote = (value: string) => `"${value.replace(/["\\]/g, "\\$&")}"`
const anyOf = (attribute: string, values: string[]) =>
  `(${values.map((v) => `${attribute} = ${quote(v)}`).join(" OR ")})`

// The Meilisearch provider: Chinese is segmented by Meilisearch itself,
// typos are forgiven by its own typo tolerance; settings declare which
// attributes are searched (in ranking order), filtered and sorted.
export class MeilisearchSearchProvider implements SearchProvider {
  readonly name = "meilisearch" as const
  private readonly client: MeiliSearch
  private readonly uid: string
  private ready: Promise<void> | null = null

  constructor(options: MeilisearchOptions) {
    this.client = new MeiliSearch({
      host: options.host,
      apiKey: options.apiKey,
    })
    this.uid = options.index ?? "products"
  }

  private index() {
    return this.client.index<Record<string, unknown>>(this.uid)
  }

  // Creates the index and applies its settings once per process.
  private ensureIndex(): Promise<void> {
    this.ready ??= (async () => {
      await this.client
        .createIndex(this.uid, { primaryKey: "id" })
        .waitTask({ timeout: 30_000 })
      await this.index()
        .updateSettings({
          // In the order of what a match says about the product: what it
          // is before who sells it (the "attribute" ranking rule), as the
          // PostgreSQL provider orders its tiers.
          searchableAttributes: [
            "title",
            "title_en",
            "category_names",
            "description",
            "description_en",
            "cooperative_name",
            "county_name",
            "county_name_en",
          ],
          filterableAttributes: [...Object.values(FACETS), "price_min"],
          sortableAttributes: ["price_min", "households_count", "published_ts"],
          // Exact counts and facets over the whole catalogue, not the first
          // 1,000 hits (Meilisearch's default).
          pagination: { maxTotalHits: 100_000 },
          faceting: { maxValuesPerFacet: 200 },
        })
        .waitTask({ timeout: 30_000 })
    })().catch((error) => {
      this.ready = null
      throw error
    })
    return this.ready
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    await this.ensureIndex()
    await this.index()
      .addDocuments(
        documents.map(({ search_text: _t, search_text_en: _e, ...d }) => ({
          ...d,
          published_at: new Date(d.published_at).toISOString(),
          published_ts: new Date(d.published_at).getTime(),
        }))
      )
      .waitTask({ timeout: 60_000 })
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.ensureIndex()
    await this.index().deleteDocuments(ids).waitTask({ timeout: 60_000 })
  }

  async retainOnly(keep: Set<string>): Promise<number> {
    await this.ensureIndex()
    const stale: string[] = []
    for (let offset = 0; ; offset += 1000) {
      const page = await this.index().getDocuments({
        fields: ["id"],
        limit: 1000,
        offset,
      })
      stale.push(
        ...page.results.map((d) => String(d.id)).filter((id) => !keep.has(id))
      )
      if (page.results.length < 1000) break
    }
    await this.remove(stale)
    return stale.length
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    await this.ensureIndex()
    const filter: string[] = []
    if (query.county_code?.length)
      filter.push(anyOf(FACETS.county_code, query.county_code))
    if (query.category?.length)
      filter.push(anyOf(FACETS.category, query.category))
    if (query.certification?.length)
      filter.push(anyOf(FACETS.certification, query.certification))
    if (query.price_min !== undefined)
      filter.push(`price_min >= ${query.price_min}`)
    if (query.price_max !== undefined)
      filter.push(`price_min <= ${query.price_max}`)
    if (query.in_stock !== undefined)
      filter.push(`in_stock = ${query.in_stock}`)
    const sort =
      query.sort === "relevance" && !query.q.trim()
        ? SORTS.newest
        : SORTS[query.sort]
    // Page mode gives an exact total; offset mode only an estimate, so it
    // is used only for an offset that is not a whole number of pages.
    const paged = query.offset % query.limit === 0
    const response = await this.index().search(query.q, {
      filter,
      sort,
      facets: Object.values(FACETS),
      ...(paged
        ? { page: query.offset / query.limit + 1, hitsPerPage: query.limit }
        : { offset: query.offset, limit: query.limit }),
    })
    const distribution = (response.facetDistribution ?? {}) as Record<
      string,
      Record<string, number>
    >
    const counts = (attribute: string): FacetCount[] =>
      Object.entries(distribution[attribute] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    return {
      hits: response.hits.map(
        ({ published_ts: _ts, ...hit }) => hit as unknown as SearchHit
      ),
      count: Number(
        ("totalHits" in response ? response.totalHits : undefined) ??
          ("estimatedTotalHits" in response
            ? response.estimatedTotalHits
            : undefined) ??
          response.hits.length
      ),
      facets: {
        county_code: counts(FACETS.county_code),
        category: counts(FACETS.category),
        certification: counts(FACETS.certification),
        in_stock: counts(FACETS.in_stock),
      },
      provider: this.name,
      // Meilisearch applies typo tolerance to every query.
      fuzzy: false,
    }
  }
}
