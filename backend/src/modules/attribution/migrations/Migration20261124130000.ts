import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Household reports over a jurisdiction read attribution_household_rollup
// now (Migration20261124120000), so nothing reads attribution_rollup by
// grain and period across households any more: its covering index for that
// (249 MB at 100,000 households and a million ledger rows) only cost every
// ledger write an update. A cooperative's household view and one
// household's history keep their own indexes.
export class Migration20261124130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_attribution_rollup_household_period";`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_rollup_household_period" ON "attribution_rollup" ("grain", "period_start", "household_id") INCLUDE ("county_code", "cooperative_id", "sales", "refunds") WHERE household_id IS NOT NULL;`
    )
  }
}
