import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// One answer per payout, whichever of its slips carried it: a slip printed
// again must not let a confirmed payment be disputed too (or counted
// twice). The database backs the check answerSlip makes under its lock.
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_linkage_payout_response_payout_id";`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_payout_response_payout_id_unique" ON "linkage_payout_response" ("payout_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_linkage_payout_response_payout_id_unique";`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_payout_response_payout_id" ON "linkage_payout_response" ("payout_id") WHERE deleted_at IS NULL;`
    )
  }
}
