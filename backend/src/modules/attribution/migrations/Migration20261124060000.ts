import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Rollups per cooperative and county, households summed: the county and
// cooperative reports read these. Over attribution_rollup, whose rows are
// per household, a province-wide county × month report scanned ~320,000
// rows at 100,000 households (~230 ms a query); here it is ~1 row per
// cooperative and period. Filled from the existing rollups, then kept by
// recordEntries in the same transaction as the ledger.
export class Migration20261124060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "attribution_cooperative_rollup" ("grain" text not null check ("grain" in ('day', 'month', 'year')), "period_start" date not null, "county_code" text not null, "cooperative_id" text not null, "sales" bigint not null default 0, "refunds" bigint not null default 0, "entries" integer not null default 0, constraint "attribution_cooperative_rollup_pkey" primary key ("grain", "period_start", "county_code", "cooperative_id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_cooperative_rollup_cooperative" ON "attribution_cooperative_rollup" ("cooperative_id", "grain", "period_start");`
    )
    this.addSql(
      `insert into "attribution_cooperative_rollup"
         (grain, period_start, county_code, cooperative_id, sales, refunds, entries)
       select grain, period_start, county_code, cooperative_id,
              sum(sales), sum(refunds), sum(entries)
         from "attribution_rollup"
        group by 1, 2, 3, 4
       on conflict do nothing;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop table if exists "attribution_cooperative_rollup" cascade;`
    )
  }
}
