import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { REBUILD_COOPERATIVE_ROLLUP } from "../rollup"

// What the jurisdiction-wide reports need at a million payouts (measured
// in bench/, see bench/README.md):
// - a rollup per cooperative × year, with the households paid, kept with
//   the household rollup (FOLD_DELTAS): a province's benefit report reads
//   one row per cooperative instead of one per household;
// - unsettled obligations indexed to answer their sums from the index
//   alone, and in due order for the late-payment and floor lists;
// - plain indexes for the lookups by payment and by reversal (slips,
//   reversals, reconciliation), which the partial ones could not serve.
export class Migration20261203140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "linkage_cooperative_rollup" ("cooperative_id" text not null, "year" integer not null, "obligations" bigint not null default 0, "settled" bigint not null default 0, "paid" bigint not null default 0, "payments" integer not null default 0, "confirmed" bigint not null default 0, "disputed" bigint not null default 0, "households_paid" integer not null default 0, constraint "linkage_cooperative_rollup_pkey" primary key ("cooperative_id", "year"));`
    )
    for (const sql of REBUILD_COOPERATIVE_ROLLUP) this.addSql(sql)
    this.addSql(`DROP INDEX IF EXISTS "IDX_linkage_obligation_unsettled";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_obligation_unsettled" ON "linkage_obligation" ("cooperative_id", "due_on") INCLUDE ("household_id", "amount", "settled", "floor_amount") WHERE deleted_at IS NULL AND settled < amount;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_obligation_unsettled_due" ON "linkage_obligation" ("due_on", "id") WHERE deleted_at IS NULL AND settled < amount;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_payout_reverses_any" ON "linkage_payout" ("reverses_id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_settlement_payout_any" ON "linkage_settlement" ("payout_id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_settlement_obligation_any" ON "linkage_settlement" ("obligation_id");`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "linkage_cooperative_rollup" cascade;`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_linkage_obligation_unsettled_due";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_linkage_payout_reverses_any";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_linkage_settlement_payout_any";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_linkage_settlement_obligation_any";`)
  }
}
