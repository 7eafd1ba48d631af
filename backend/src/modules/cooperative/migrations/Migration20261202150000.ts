import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Counties a reviewer grants a cooperative besides its own (issue
// "Security", item 1: households only in counties it operates in).
export class Migration20261202150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "cooperative_county_grant" ("id" text not null, "county_code" text not null, "reason" text not null, "granted_by" text not null, "revoked_at" timestamptz null, "revoked_by" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_county_grant_pkey" primary key ("id"));`
    )
    this.addSql(
      `alter table if exists "cooperative_county_grant" add constraint "cooperative_county_grant_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_county_grant_county_code" ON "cooperative_county_grant" ("county_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_county_grant_cooperative_id" ON "cooperative_county_grant" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_county_grant_deleted_at" ON "cooperative_county_grant" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    // At most one grant in force per cooperative and county.
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_county_grant_in_force" ON "cooperative_county_grant" ("cooperative_id", "county_code") WHERE revoked_at IS NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_county_grant" cascade;`)
  }
}
