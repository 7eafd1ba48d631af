import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The registry import: where a household came from and what the last
// import saw of it; the imports with their refused rows; and the other
// income the registry records per household and year.
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table if exists "household"
        add column if not exists "source" text check ("source" in ('cooperative', 'registry')) not null default 'cooperative',
        add column if not exists "year_identified" integer null,
        add column if not exists "registry_fingerprint" text null,
        add column if not exists "registry_import_id" text null,
        add column if not exists "registry_missing_since" timestamptz null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_county_code_source" ON "household" ("county_code", "source") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "registry_import" ("id" text not null, "bureau_user_id" text not null, "jurisdiction_code" text not null, "filename" text not null, "status" text check ("status" in ('waiting', 'running', 'completed', 'failed')) not null default 'waiting', "rows_read" integer not null default 0, "rows_created" integer not null default 0, "rows_updated" integer not null default 0, "rows_unchanged" integer not null default 0, "rows_failed" integer not null default 0, "rows_missing" integer not null default 0, "failure" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "registry_import_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_registry_import_jurisdiction_code" ON "registry_import" ("jurisdiction_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_registry_import_deleted_at" ON "registry_import" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "registry_import_error" ("id" text not null, "import_id" text not null, "row_number" integer not null, "field" text not null, "reason" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "registry_import_error_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_registry_import_error_import_id_row_number" ON "registry_import_error" ("import_id", "row_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_registry_import_error_deleted_at" ON "registry_import_error" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "household_other_income" ("id" text not null, "household_id" text not null, "year" integer not null, "wage" integer not null, "transfer" integer not null, "property" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "household_other_income_pkey" primary key ("id"), constraint "household_other_income_amounts" check ("wage" >= 0 and "transfer" >= 0 and "property" >= 0));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_household_other_income_household_id_year_unique" ON "household_other_income" ("household_id", "year") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_other_income_deleted_at" ON "household_other_income" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household_other_income" cascade;`)
    this.addSql(`drop table if exists "registry_import_error" cascade;`)
    this.addSql(`drop table if exists "registry_import" cascade;`)
    this.addSql(`drop index if exists "IDX_household_county_code_source";`)
    this.addSql(`
      alter table if exists "household"
        drop column if exists "source",
        drop column if exists "year_identified",
        drop column if exists "registry_fingerprint",
        drop column if exists "registry_import_id",
        drop column if exists "registry_missing_since";`)
  }
}
