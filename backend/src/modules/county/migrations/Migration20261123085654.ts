import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123085654 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "county" drop constraint if exists "county_code_unique";`
    )
    this.addSql(
      `create table if not exists "county" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "prefecture_zh" text not null, "prefecture_en" text not null, "province_zh" text not null, "province_en" text not null, "poverty_status" text check ("poverty_status" in ('national_key', 'provincial_key', 'none')) not null default 'none', "lifted_year" integer null, "contiguous_area" text null, "story_zh" text null, "story_en" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "county_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_county_code_unique" ON "county" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_county_deleted_at" ON "county" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "county" cascade;`)
  }
}
