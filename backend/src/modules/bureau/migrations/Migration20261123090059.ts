import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123090059 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "bureau_user" drop constraint if exists "bureau_user_email_unique";`
    )
    this.addSql(
      `create table if not exists "bureau_user" ("id" text not null, "email" text not null, "name" text not null, "jurisdiction_code" text not null, "invite_token_hash" text null, "invite_expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bureau_user_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bureau_user_email_unique" ON "bureau_user" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bureau_user_deleted_at" ON "bureau_user" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bureau_user" cascade;`)
  }
}
