import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "attribution_entry" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "batch_id" text null, "household_id" text null, "cooperative_id" text not null, "county_code" text not null, "amount" integer not null, "kind" text check ("kind" in ('sale', 'refund')) not null, "source_event_id" text not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "attribution_entry_pkey" primary key ("id"), constraint "attribution_entry_amount_positive" check ("amount" > 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_entry_deleted_at" ON "attribution_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_entry_order_id" ON "attribution_entry" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_entry_household_id" ON "attribution_entry" ("household_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_entry_cooperative_id_occurred_at" ON "attribution_entry" ("cooperative_id", "occurred_at") WHERE deleted_at IS NULL;`
    )
    // Idempotency lives here: one entry per (event, line, batch, household),
    // where a null batch or household (the cooperative's remainder) counts
    // as a value, so `insert … on conflict do nothing` drops any replay.
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_attribution_entry_source_beneficiary" ON "attribution_entry" ("source_event_id", "line_item_id", "batch_id", "household_id") NULLS NOT DISTINCT;`
    )
    this.addSql(`
      create or replace function tianfu_refuse_change() returns trigger as $$
      begin
        raise exception '% is append-only: % refused', TG_TABLE_NAME, TG_OP
          using errcode = 'insufficient_privilege';
      end;
      $$ language plpgsql;
    `)
    this.addSql(`
      create trigger attribution_entry_append_only
      before update or delete on "attribution_entry"
      for each row execute function tianfu_refuse_change();
    `)

    // Rollups kept by AttributionModuleService.recordEntries in the same
    // transaction as the entries; reports read these, never the ledger.
    this.addSql(
      `create table if not exists "attribution_rollup" ("grain" text not null check ("grain" in ('day', 'month', 'year')), "period_start" date not null, "county_code" text not null, "cooperative_id" text not null, "household_id" text null, "sales" bigint not null default 0, "refunds" bigint not null default 0, "entries" integer not null default 0);`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_attribution_rollup_key" ON "attribution_rollup" ("grain", "period_start", "county_code", "cooperative_id", "household_id") NULLS NOT DISTINCT;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_rollup_household" ON "attribution_rollup" ("household_id", "grain", "period_start") WHERE household_id IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_rollup_cooperative" ON "attribution_rollup" ("cooperative_id", "grain", "period_start");`
    )

    this.addSql(
      `create table if not exists "attribution_batch_total" ("batch_id" text not null, "cooperative_id" text not null, "sales" bigint not null default 0, "refunds" bigint not null default 0, constraint "attribution_batch_total_pkey" primary key ("batch_id", "cooperative_id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_batch_total_cooperative" ON "attribution_batch_total" ("cooperative_id");`
    )

    this.addSql(
      `create table if not exists "poverty_line" ("id" text not null, "year" integer not null, "amount" integer not null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "poverty_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_poverty_line_year_unique" ON "poverty_line" ("year") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_poverty_line_deleted_at" ON "poverty_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `insert into "poverty_line" ("id", "year", "amount", "note") values ('povl_2013', 2013, 273600, 'National rural poverty line at 2010 constant prices, 2013 prices'), ('povl_2020', 2020, 400000, 'The line commonly used for 2020') on conflict do nothing;`
    )

    this.addSql(
      `create table if not exists "reconciliation_run" ("id" text not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "orders_checked" integer not null default 0, "difference_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reconciliation_run_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_reconciliation_run_deleted_at" ON "reconciliation_run" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "reconciliation_difference" ("id" text not null, "order_id" text not null, "county_codes" text[] not null, "expected" integer not null, "actual" integer not null, "run_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reconciliation_difference_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_reconciliation_difference_run_id" ON "reconciliation_difference" ("run_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_reconciliation_difference_order_id" ON "reconciliation_difference" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_reconciliation_difference_deleted_at" ON "reconciliation_difference" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "reconciliation_difference" add constraint "reconciliation_difference_run_id_foreign" foreign key ("run_id") references "reconciliation_run" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reconciliation_difference" cascade;`)
    this.addSql(`drop table if exists "reconciliation_run" cascade;`)
    this.addSql(`drop table if exists "poverty_line" cascade;`)
    this.addSql(`drop table if exists "attribution_batch_total" cascade;`)
    this.addSql(`drop table if exists "attribution_rollup" cascade;`)
    this.addSql(`drop table if exists "attribution_entry" cascade;`)
  }
}
