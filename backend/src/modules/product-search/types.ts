// A search document as both providers hold it (see models/search-document).
export type SearchDocument = {
  id: string
  handle: string
  title: string
  title_en: string | null
  description: string | null
  description_en: string | null
  thumbnail: string | null
  county_code: string
  county_name: string
  county_name_en: string
  cooperative_id: string
  cooperative_name: string
  category_handles: string[]
  category_names: string[]
  certifications: string[]
  // Fen.
  price_min: number | null
  price_max: number | null
  currency_code: string
  in_stock: boolean
  households_count: number
  published_at: Date | string
  search_text: string
  search_text_en: string
}

export const SEARCH_SORTS = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
  "households_desc",
] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export type SearchQuery = {
  q: string
  county_code?: string[]
  category?: string[]
  certification?: string[]
  // Fen, inclusive.
  price_min?: number
  price_max?: number
  in_stock?: boolean
  sort: SearchSort
  limit: number
  offset: number
}

export type FacetCount = { value: string; count: number }

export type SearchFacets = {
  county_code: FacetCount[]
  category: FacetCount[]
  certification: FacetCount[]
  in_stock: FacetCount[]
}

export type SearchHit = Omit<SearchDocument, "search_text" | "search_text_en">

export type SearchResult = {
  hits: SearchHit[]
  count: number
  facets: SearchFacets
  // Which provider answered, and whether a fuzzy (typo-tolerant) match was
  // needed because nothing matched exactly.
  provider: SearchProviderName
  fuzzy: boolean
}

export type SearchProviderName = "postgres" | "meilisearch"

// What both providers do. Documents come from buildSearchDocuments; the
// facet counts are over the whole filtered result, every filter applied.
export interface SearchProvider {
  readonly name: SearchProviderName
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
  // Drops everything not in `keep` (after a full reindex).
  retainOnly(keep: Set<string>): Promise<number>
}
