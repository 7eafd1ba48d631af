import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Cooperatives' requests to join registered households (issue "Security",
// item 1): a reviewer approves each; nothing links at once.
export class Migration20261202120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "household_join_request" ("id" text not null, "cooperative_id" text not null, "registry_number" text not null, "household_id" text null, "county_code" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "requested_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "decision_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "household_join_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_join_request_cooperative_id" ON "household_join_request" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_join_request_county_code" ON "household_join_request" ("county_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_join_request_deleted_at" ON "household_join_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household_join_request" cascade;`)
  }
}
