import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The benefit-linkage reports take revenue attributed to households per
// cooperative and year: an index on the yearly household rows by
// cooperative answers it from the index alone (11 ms instead of 95–143 ms
// over 310,000 monthly rows at a million ledger rows, bench/README.md).
export class Migration20261203150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_attribution_rollup_cooperative_period" ON "attribution_rollup" ("grain", "period_start", "cooperative_id") INCLUDE ("household_id", "sales", "refunds") WHERE household_id IS NOT NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_attribution_rollup_cooperative_period";`
    )
  }
}
