import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// What the DML cannot say: trigram matching (pg_trgm is a trusted extension,
// so the database owner may create it) over all text, which also finds
// Chinese substrings of three or more characters, and an English tsvector
// (generated, so it can never disagree with its text) with their GIN indexes.
export class Migration20261123173200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(
      `alter table "search_document" add column if not exists "search_tsv" tsvector
         generated always as (to_tsvector('english'::regconfig, "search_text_en")) stored;`
    )
    this.addSql(
      `create index if not exists "IDX_search_document_text_trgm" on "search_document"
         using gin ("search_text" gin_trgm_ops);`
    )
    this.addSql(
      `create index if not exists "IDX_search_document_tsv" on "search_document"
         using gin ("search_tsv");`
    )
    this.addSql(
      `create index if not exists "IDX_search_document_categories" on "search_document"
         using gin ("category_handles");`
    )
    // The listing orders: newest first, by price.
    this.addSql(
      `create index if not exists "IDX_search_document_published_at" on "search_document" ("published_at");`
    )
    this.addSql(
      `create index if not exists "IDX_search_document_price_min" on "search_document" ("price_min");`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_search_document_price_min";`)
    this.addSql(`drop index if exists "IDX_search_document_published_at";`)
    this.addSql(`drop index if exists "IDX_search_document_categories";`)
    this.addSql(`drop index if exists "IDX_search_document_tsv";`)
    this.addSql(`drop index if exists "IDX_search_document_text_trgm";`)
    this.addSql(
      `alter table "search_document" drop column if exists "search_tsv";`
    )
  }
}
