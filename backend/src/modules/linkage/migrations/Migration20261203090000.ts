import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Agreements and the payout ledger. Payouts are append-only in the database
// itself (the attribution ledger's trigger function), amounts positive, a
// reference used once per cooperative and a payment reversed at most once.
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "linkage_agreement" ("id" text not null, "cooperative_id" text not null, "household_id" text not null, "kind" text check ("kind" in ('purchase', 'wage', 'dividend', 'land_rent')) not null, "floor_price" integer null, "unit" text null, "daily_wage" integer null, "surplus_share_bp" integer null, "per_share_amount" integer null, "shares" integer null, "rent_per_mu" integer null, "area_centi_mu" integer null, "starts_on" timestamptz not null, "ends_on" timestamptz null, "end_reason" text null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_agreement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_agreement_deleted_at" ON "linkage_agreement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_agreement_cooperative_id_household_id" ON "linkage_agreement" ("cooperative_id", "household_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_agreement_cooperative_id_household_id_kind_unique" ON "linkage_agreement" ("cooperative_id", "household_id", "kind") WHERE ends_on IS NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "linkage_payout" ("id" text not null, "cooperative_id" text not null, "household_id" text not null, "agreement_id" text not null, "kind" text check ("kind" in ('purchase', 'wage', 'dividend', 'land_rent')) not null, "entry" text check ("entry" in ('payment', 'reversal')) not null, "amount" integer not null, "paid_on" timestamptz not null, "method" text check ("method" in ('bank_transfer', 'wechat_pay', 'alipay', 'cash')) not null, "reference" text not null, "reverses_id" text null, "note" text null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_payout_pkey" primary key ("id"), constraint "linkage_payout_amount_positive" check ("amount" > 0), constraint "linkage_payout_reversal_names_payment" check (("entry" = 'reversal') = ("reverses_id" is not null)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_payout_deleted_at" ON "linkage_payout" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_payout_cooperative_id_reference_unique" ON "linkage_payout" ("cooperative_id", "reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_payout_reverses_id_unique" ON "linkage_payout" ("reverses_id") WHERE reverses_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_payout_household_id" ON "linkage_payout" ("household_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_payout_cooperative_id_paid_on" ON "linkage_payout" ("cooperative_id", "paid_on") WHERE deleted_at IS NULL;`
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
      drop trigger if exists linkage_payout_append_only on "linkage_payout";
      create trigger linkage_payout_append_only
      before update or delete on "linkage_payout"
      for each row execute function tianfu_refuse_change();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "linkage_payout" cascade;`)
    this.addSql(`drop table if exists "linkage_agreement" cascade;`)
  }
}
