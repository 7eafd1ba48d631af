import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123085657 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "household" drop constraint if exists "household_id_number_hash_unique";`
    )
    this.addSql(
      `alter table if exists "household" drop constraint if exists "household_registry_number_unique";`
    )
    this.addSql(
      `create table if not exists "household" ("id" text not null, "registry_number" text not null, "county_code" text not null, "township" text not null, "village" text not null, "head_name" text not null, "id_number_encrypted" text not null, "id_number_hash" text not null, "id_number_masked" text not null, "phone_encrypted" text null, "phone_masked" text null, "member_count" integer not null, "poverty_cause" text null, "status" text check ("status" in ('registered', 'lifted', 'monitored', 'returned')) not null default 'registered', "status_year" integer null, "verification" text check ("verification" in ('pending', 'verified', 'rejected')) not null default 'pending', "verification_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "household_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_household_registry_number_unique" ON "household" ("registry_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_county_code" ON "household" ("county_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_household_id_number_hash_unique" ON "household" ("id_number_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_deleted_at" ON "household" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household" cascade;`)
  }
}
