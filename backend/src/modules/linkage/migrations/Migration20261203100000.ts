import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Obligations (what is owed) and settlements (what of a payment went where).
// Settlements are append-only, like the payouts they belong to.
export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "linkage_obligation" ("id" text not null, "cooperative_id" text not null, "household_id" text not null, "agreement_id" text null, "kind" text check ("kind" in ('purchase', 'wage', 'dividend', 'land_rent')) not null, "amount" integer not null, "source_type" text check ("source_type" in ('batch', 'work', 'surplus', 'lease')) not null, "source_id" text not null, "basis" text null, "due_on" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_obligation_pkey" primary key ("id"), constraint "linkage_obligation_amount_positive" check ("amount" > 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_obligation_deleted_at" ON "linkage_obligation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_obligation_source_household_unique" ON "linkage_obligation" ("source_type", "source_id", "household_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_obligation_open" ON "linkage_obligation" ("cooperative_id", "household_id", "kind", "due_on") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "linkage_settlement" ("id" text not null, "payout_id" text not null, "obligation_id" text not null, "amount" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_settlement_pkey" primary key ("id"), constraint "linkage_settlement_amount_positive" check ("amount" > 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_settlement_deleted_at" ON "linkage_settlement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_settlement_obligation_id" ON "linkage_settlement" ("obligation_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_settlement_payout_id" ON "linkage_settlement" ("payout_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`
      drop trigger if exists linkage_settlement_append_only on "linkage_settlement";
      create trigger linkage_settlement_append_only
      before update or delete on "linkage_settlement"
      for each row execute function tianfu_refuse_change();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "linkage_settlement" cascade;`)
    this.addSql(`drop table if exists "linkage_obligation" cascade;`)
  }
}
