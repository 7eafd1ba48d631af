import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123173153 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "search_document" ("id" text not null, "handle" text not null, "title" text not null, "title_en" text null, "description" text null, "description_en" text null, "thumbnail" text null, "county_code" text not null, "county_name" text not null, "county_name_en" text not null, "cooperative_id" text not null, "cooperative_name" text not null, "category_handles" text[] not null, "category_names" text[] not null, "certifications" text[] not null, "price_min" integer null, "price_max" integer null, "currency_code" text not null, "in_stock" boolean not null default false, "households_count" integer not null default 0, "published_at" timestamptz not null, "search_text" text not null, "search_text_en" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_county_code" ON "search_document" ("county_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_cooperative_id" ON "search_document" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`)
  }
}
