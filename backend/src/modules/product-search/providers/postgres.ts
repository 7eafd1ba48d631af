import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type {
  FacetCount,
  SearchDocument,
  SearchHit,
  SearchProvider,
  SearchQuery,
  SearchResult,
} from "../types"

// Below this trigram word similarity a Latin term is not a typo of a word.
const FUZZY_THRESHOLD = 0.45

const HIT_COLUMNS = [
  "id",
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "thumbnail",
  "county_code",
  "county_name",
  "county_name_en",
  "cooperative_id",
  "cooperative_name",
  "category_handles",
  "category_names",
  "certifications",
  "price_min",
  "price_max",
  "currency_code",
  "in_stock",
  "households_count",
  "published_at",
]

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`)

// A Latin word long enough for a typo to be told from another word.
const isFuzzyTerm = (term: string) => /[a-z]{4,}/.test(term)

export const searchTerms = (q: string) =>
  q.toLowerCase().split(/\s+/).filter(Boolean)

// The default provider: the search_document table with a trigram GIN index
// over all text (Chinese has no word boundaries PostgreSQL knows, but any
// substring of three or more characters is found through trigrams) and an
// English tsvector (stems: "pears" finds "pear"). Every term must match
// one or the other. When nothing matches, Latin terms are retried by
// trigram word similarity, which forgives a typo ("kiwifriut").
export class PostgresSearchProvider implements SearchProvider {
  readonly name = "postgres" as const

  constructor(private readonly knex: Knex) {}

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    const now = new Date()
    await this.knex("search_document")
      .insert(
        documents.map((d) => ({ ...d, updated_at: now, deleted_at: null }))
      )
      .onConflict("id")
      .merge()
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.knex("search_document").whereIn("id", ids).delete()
  }

  async retainOnly(keep: Set<string>): Promise<number> {
    const ids: string[] = (
      await this.knex("search_document").pluck("id")
    ).filter((id: string) => !keep.has(id))
    await this.remove(ids)
    return ids.length
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const terms = searchTerms(query.q)
    const exact = await this.run(this.knex, query, terms, null)
    const fuzzyTerms = terms.filter(isFuzzyTerm)
    if (exact.count || !fuzzyTerms.length) return exact
    // `term <% search_text` can use the trigram index (a word_similarity()
    // call cannot: 460 ms against 36 ms over 10,000 documents); its
    // threshold is a setting, lowered for this transaction only. It is
    // asked alone, for ids: OR-ed with the other conditions the planner
    // priced the operator like a comparison and scanned the table instead,
    // calling it on every document (~270 ms for each of the two queries).
    return this.knex.transaction(async (trx) => {
      await trx.raw(
        "select set_config('pg_trgm.word_similarity_threshold', ?, true)",
        [String(FUZZY_THRESHOLD)]
      )
      const similar = new Map<string, string[]>()
      for (const term of fuzzyTerms) {
        similar.set(
          term,
          await trx("search_document")
            .whereRaw("? <% search_text", [term])
            .pluck("id")
        )
      }
      return this.run(trx, query, terms, similar)
    })
  }

  // `similar`: in the fuzzy pass, the documents each typo-prone term is
  // like (see search); null in the exact pass.
  private filtered(
    db: Knex,
    query: SearchQuery,
    terms: string[],
    similar: Map<string, string[]> | null
  ) {
    const builder = db("search_document").whereNull("deleted_at")
    if (query.county_code?.length) {
      builder.whereIn("county_code", query.county_code)
    }
    if (query.category?.length) {
      builder.whereRaw("category_handles && ?::text[]", [query.category])
    }
    if (query.certification?.length) {
      builder.whereRaw("certifications && ?::text[]", [query.certification])
    }
    if (query.price_min !== undefined) {
      builder.where("price_min", ">=", query.price_min)
    }
    if (query.price_max !== undefined) {
      builder.where("price_min", "<=", query.price_max)
    }
    if (query.in_stock !== undefined) {
      builder.where("in_stock", query.in_stock)
    }
    for (const term of terms) {
      builder.where((match) => {
        match
          .whereRaw("search_text like ?", [`%${escapeLike(term)}%`])
          .orWhereRaw("search_tsv @@ plainto_tsquery('english', ?)", [term])
        const like = similar?.get(term)
        if (like?.length) match.orWhereRaw("id = any(?)", [like])
      })
    }
    return builder
  }

  private async run(
    db: Knex,
    query: SearchQuery,
    terms: string[],
    similar: Map<string, string[]> | null
  ): Promise<SearchResult> {
    const q = terms.join(" ")
    const fuzzy = similar !== null
    const hits = this.filtered(db, query, terms, similar).select(HIT_COLUMNS)
    switch (query.sort) {
      case "price_asc":
        hits.orderByRaw("price_min asc nulls last")
        break
      case "price_desc":
        hits.orderByRaw("price_min desc nulls last")
        break
      case "households_desc":
        hits.orderBy("households_count", "desc")
        break
      case "newest":
        hits.orderBy("published_at", "desc")
        break
      default:
        if (q) {
          // What the product is comes before who sells it: title matches
          // first, then category, then description, and only then a match
          // on the cooperative's or county's name alone (松茸 finds the
          // mushrooms before the yak jerky of a 松茸 cooperative); within a
          // tier, full-text rank. Trigram similarity (costly per row) only
          // orders the fuzzy fallback's few hits.
          const like = `%${escapeLike(q)}%`
          hits.orderByRaw(
            `(lower(title || ' ' || coalesce(title_en, '')) like ?) desc,
             (lower(array_to_string(category_names, ' ')) like ?) desc,
             (lower(coalesce(description, '') || ' ' || coalesce(description_en, '')) like ?) desc,
             ts_rank(search_tsv, plainto_tsquery('english', ?)) desc`,
            [like, like, like, q]
          )
          if (fuzzy) {
            hits.orderByRaw("word_similarity(?, search_text) desc", [q])
          }
          hits.orderBy("households_count", "desc")
        } else {
          hits.orderBy("published_at", "desc")
        }
    }
    hits.orderBy("id").limit(query.limit).offset(query.offset)

    // Counts of each value over the whole filtered result.
    const facet = (expression: string, from = "matched") =>
      `(select coalesce(json_agg(json_build_object('value', value, 'count', count)
          order by count desc, value), '[]'::json)
        from (select ${expression} as value, count(*)::int as count
                from ${from} group by 1) f)`
    const [rows, [summary]] = await Promise.all([
      hits,
      db
        .with(
          "matched",
          this.filtered(db, query, terms, similar).select(
            "county_code",
            "category_handles",
            "certifications",
            "in_stock"
          )
        )
        .select(
          db.raw("(select count(*)::int from matched) as count"),
          db.raw(`${facet("county_code")} as county_code`),
          db.raw(
            `${facet("c", "matched, unnest(category_handles) c")} as category`
          ),
          db.raw(
            `${facet("c", "matched, unnest(certifications) c")} as certification`
          ),
          db.raw(`${facet("in_stock::text")} as in_stock`)
        ),
    ])
    const facets = summary as {
      count: number
      county_code: FacetCount[]
      category: FacetCount[]
      certification: FacetCount[]
      in_stock: FacetCount[]
    }
    return {
      hits: rows as SearchHit[],
      count: facets.count,
      facets: {
        county_code: facets.county_code,
        category: facets.category,
        certification: facets.certification,
        in_stock: facets.in_stock,
      },
      provider: this.name,
      fuzzy,
    }
  }
}
