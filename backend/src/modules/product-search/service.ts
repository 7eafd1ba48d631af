import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ProductChange } from "./models/product-change"
import { SearchDocument } from "./models/search-document"
import {
  MeilisearchSearchProvider,
  type MeilisearchOptions,
} from "./providers/meilisearch"
import { PostgresSearchProvider } from "./providers/postgres"
import type {
  SearchDocument as SearchDocumentInput,
  SearchProviderName,
  SearchQuery,
  SearchResult,
} from "./types"

export type SearchModuleOptions = {
  // Set (MEILISEARCH_HOST): Meilisearch answers searches; unset: PostgreSQL.
  meilisearch?: MeilisearchOptions | null
}

// More changes than this since one look and the storefront drops its
// whole cache (an answer names at most this many products).
export const PRODUCT_CHANGES_LIMIT = 1000

const knexOf = (context: Context) =>
  (
    (context.transactionManager ?? context.manager) as SqlEntityManager
  ).getKnex() as unknown as Knex

// Product search behind one interface with two providers. The PostgreSQL
// table is always kept (it is the default provider and the documents a
// Meilisearch index can be rebuilt from); Meilisearch, when configured, is
// fed the same documents and answers the searches.
class SearchModuleService extends MedusaService({
  SearchDocument,
  ProductChange,
}) {
  private readonly meilisearch: MeilisearchSearchProvider | null

  constructor(
    container: Record<string, unknown>,
    options: SearchModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.meilisearch = options.meilisearch?.host
      ? new MeilisearchSearchProvider(options.meilisearch)
      : null
  }

  // The provider that answers /store/search.
  defaultProvider(): SearchProviderName {
    return this.meilisearch ? "meilisearch" : "postgres"
  }

  // Every provider this process feeds, default first.
  activeProviders(): SearchProviderName[] {
    return this.meilisearch ? ["meilisearch", "postgres"] : ["postgres"]
  }

  // Writes documents (and removes the products that must not be found any
  // more) in every provider. PostgreSQL first, in one transaction; a
  // Meilisearch failure leaves PostgreSQL current, and the next event or
  // the nightly reindex brings Meilisearch back in line.
  @InjectTransactionManager()
  async indexDocuments(
    change: { upsert: SearchDocumentInput[]; remove: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const postgres = new PostgresSearchProvider(knexOf(sharedContext))
    await postgres.upsert(change.upsert)
    await postgres.remove(change.remove)
    if (this.meilisearch) {
      await this.meilisearch.upsert(change.upsert)
      await this.meilisearch.remove(change.remove)
    }
  }

  // After a full reindex: drops every document whose product was not in it.
  @InjectTransactionManager()
  async retainOnly(
    keep: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const ids = new Set(keep)
    const removed = await new PostgresSearchProvider(
      knexOf(sharedContext)
    ).retainOnly(ids)
    if (this.meilisearch) await this.meilisearch.retainOnly(ids)
    return removed
  }

  // The products an event changed, for the storefront's page cache: their
  // pages are stale from now (see models/product-change.ts). One statement,
  // atomic without a transaction around it (every checkout makes one).
  @InjectManager()
  async recordProductChanges(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!productIds.length) return
    // The database's clock, which `until` below also reads.
    const knex = knexOf(sharedContext)
    await knex("product_change")
      .insert(
        [...new Set(productIds)].map((id) => ({
          id,
          changed_at: knex.fn.now(),
          updated_at: knex.fn.now(),
          deleted_at: null,
        }))
      )
      .onConflict("id")
      .merge(["changed_at", "updated_at"])
  }

  // The products whose pages changed after `since` (all of them changed
  // at or before `until`, the database's clock when asked).
  @InjectManager()
  async productChangesSince(
    since: Date | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ product_ids: string[]; until: Date }> {
    const knex = knexOf(sharedContext)
    const {
      rows: [{ now }],
    } = (await knex.raw("select now() as now")) as { rows: { now: Date }[] }
    if (!since) return { product_ids: [], until: now }
    const rows: { id: string }[] = await knex("product_change")
      .select("id")
      .where("changed_at", ">", since)
      .whereNull("deleted_at")
      .orderBy("changed_at")
      .limit(PRODUCT_CHANGES_LIMIT)
    return { product_ids: rows.map((r) => r.id), until: now }
  }

  @InjectManager()
  async searchProducts(
    query: SearchQuery,
    provider: SearchProviderName = this.defaultProvider(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SearchResult> {
    if (provider === "meilisearch" && this.meilisearch) {
      return this.meilisearch.search(query)
    }
    return new PostgresSearchProvider(knexOf(sharedContext)).search(query)
  }
}

export default SearchModuleService
