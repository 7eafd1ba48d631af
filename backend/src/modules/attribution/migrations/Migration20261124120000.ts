import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Rollups per household and period, cooperatives summed: the household
// reports over a jurisdiction read these. A household's county never
// changes (it is fixed when the household is registered), so a household
// and period is one row, and the index below keeps a period's households
// in report order: a page of the province's household × year report reads
// its 50 rows from the index instead of grouping every household of the
// year (~55,000 at 100,000 households) to sort them, and the count and
// totals are index-only scans. Filled from the existing rollups, then kept
// by recordEntries in the same transaction as the ledger.
export class Migration20261124120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "attribution_household_rollup" ("grain" text not null check ("grain" in ('day', 'month', 'year')), "period_start" date not null, "household_id" text not null, "county_code" text not null, "sales" bigint not null default 0, "refunds" bigint not null default 0, "entries" integer not null default 0, constraint "attribution_household_rollup_pkey" primary key ("grain", "period_start", "household_id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_household_rollup_rank" ON "attribution_household_rollup" ("grain", "period_start" desc, ("sales" - "refunds") desc, "household_id") INCLUDE ("county_code", "sales", "refunds");`
    )
    this.addSql(
      `insert into "attribution_household_rollup"
         (grain, period_start, household_id, county_code, sales, refunds, entries)
       select grain, period_start, household_id, min(county_code),
              sum(sales), sum(refunds), sum(entries)
         from "attribution_rollup"
        where household_id is not null
        group by 1, 2, 3
       on conflict do nothing;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attribution_household_rollup" cascade;`)
  }
}
