import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { REBUILD_HOUSEHOLD_ROLLUPS } from "../rollup"

// Rollups of the payout ledger (see rollup.ts): what each obligation has
// settled, kept on it and bounded by the database (never negative, never
// above the amount), and per cooperative × household × year sums the
// reports read. Built from the ledger already written. An obligation for
// produce also keeps what the floor price in force at harvest made it
// worth (floor_amount), for the floor-price compliance report.
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "linkage_obligation" add column if not exists "settled" integer not null default 0, add column if not exists "floor_amount" integer null;`
    )
    this.addSql(
      `create table if not exists "linkage_rollup" ("cooperative_id" text not null, "household_id" text not null, "year" integer not null, "obligations" bigint not null default 0, "settled" bigint not null default 0, "paid" bigint not null default 0, "payments" integer not null default 0, "confirmed" bigint not null default 0, "disputed" bigint not null default 0, constraint "linkage_rollup_pkey" primary key ("cooperative_id", "year", "household_id"));`
    )
    for (const sql of REBUILD_HOUSEHOLD_ROLLUPS) this.addSql(sql)
    this.addSql(
      `alter table "linkage_obligation" add constraint "linkage_obligation_settled_bounds" check ("settled" >= 0 and "settled" <= "amount");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_obligation_unsettled" ON "linkage_obligation" ("cooperative_id", "due_on") WHERE deleted_at IS NULL AND settled < amount;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "linkage_rollup" cascade;`)
    this.addSql(
      `alter table if exists "linkage_obligation" drop constraint if exists "linkage_obligation_settled_bounds", drop column if exists "settled", drop column if exists "floor_amount";`
    )
  }
}
