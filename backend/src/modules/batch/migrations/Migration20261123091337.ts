import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123091337 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "batch" drop constraint if exists "batch_trace_code_unique";`
    )
    this.addSql(
      `create table if not exists "batch" ("id" text not null, "trace_code" text not null, "cooperative_id" text not null, "county_code" text not null, "village" text not null, "harvested_at" timestamptz not null, "quantity" integer not null, "unit" text check ("unit" in ('kg', 'g', 'piece', 'l')) not null, "stock_quantity" integer not null, "certifications" text[] not null, "inspection" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_batch_trace_code_unique" ON "batch" ("trace_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_cooperative_id" ON "batch" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_county_code" ON "batch" ("county_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_deleted_at" ON "batch" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "batch_contribution" ("id" text not null, "household_id" text null, "supplier_name" text null, "quantity" integer not null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_contribution_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_contribution_household_id" ON "batch_contribution" ("household_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_contribution_batch_id" ON "batch_contribution" ("batch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_contribution_deleted_at" ON "batch_contribution" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "trace_event" ("id" text not null, "type" text check ("type" in ('harvested', 'inspected', 'packed', 'shipped', 'received')) not null, "occurred_at" timestamptz not null, "place" text not null, "actor" text not null, "note" text null, "attachments" jsonb null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_event_batch_id" ON "trace_event" ("batch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "batch_contribution" add constraint "batch_contribution_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "trace_event" add constraint "trace_event_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "batch_contribution" drop constraint if exists "batch_contribution_batch_id_foreign";`
    )

    this.addSql(
      `alter table if exists "trace_event" drop constraint if exists "trace_event_batch_id_foreign";`
    )

    this.addSql(`drop table if exists "batch" cascade;`)

    this.addSql(`drop table if exists "batch_contribution" cascade;`)

    this.addSql(`drop table if exists "trace_event" cascade;`)
  }
}
