import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The household's confirmation of a payout: slip tokens (hashed, single
// use, expiring), the answers (append-only, one per token) and reviewers'
// resolutions of disputed answers (one per answer; the audit log keeps
// the immutable record of each).
export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "linkage_confirmation_token" ("id" text not null, "payout_id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "issued_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_confirmation_token_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_confirmation_token_token_hash_unique" ON "linkage_confirmation_token" ("token_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_confirmation_token_payout_id" ON "linkage_confirmation_token" ("payout_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_confirmation_token_deleted_at" ON "linkage_confirmation_token" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "linkage_payout_response" ("id" text not null, "payout_id" text not null, "token_id" text not null, "outcome" text check ("outcome" in ('confirmed', 'not_received', 'wrong_amount')) not null, "responder" text check ("responder" in ('household', 'first_secretary')) not null, "note" text null, "county_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_payout_response_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_payout_response_token_id_unique" ON "linkage_payout_response" ("token_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_payout_response_payout_id" ON "linkage_payout_response" ("payout_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_payout_response_county_code_outcome" ON "linkage_payout_response" ("county_code", "outcome") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_payout_response_deleted_at" ON "linkage_payout_response" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "linkage_dispute_resolution" ("id" text not null, "response_id" text not null, "resolution" text check ("resolution" in ('upheld', 'rejected')) not null, "reason" text not null, "resolved_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_dispute_resolution_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_dispute_resolution_response_id_unique" ON "linkage_dispute_resolution" ("response_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_dispute_resolution_deleted_at" ON "linkage_dispute_resolution" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`
      drop trigger if exists linkage_payout_response_append_only on "linkage_payout_response";
      create trigger linkage_payout_response_append_only
      before update or delete on "linkage_payout_response"
      for each row execute function tianfu_refuse_change();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "linkage_dispute_resolution" cascade;`)
    this.addSql(`drop table if exists "linkage_payout_response" cascade;`)
    this.addSql(`drop table if exists "linkage_confirmation_token" cascade;`)
  }
}
