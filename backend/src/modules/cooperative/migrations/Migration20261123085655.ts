import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123085655 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_user" drop constraint if exists "cooperative_user_email_unique";`
    )
    this.addSql(
      `alter table if exists "cooperative_invite" drop constraint if exists "cooperative_invite_token_hash_unique";`
    )
    this.addSql(
      `alter table if exists "cooperative" drop constraint if exists "cooperative_credit_code_unique";`
    )
    this.addSql(
      `alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`
    )
    this.addSql(
      `create table if not exists "cooperative" ("id" text not null, "name" text not null, "handle" text not null, "credit_code" text not null, "county_code" text not null, "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "status_reason" text null, "story" text null, "logo_url" text null, "contact_email" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_credit_code_unique" ON "cooperative" ("credit_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_county_code" ON "cooperative" ("county_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "cooperative_certification" ("id" text not null, "kind" text check ("kind" in ('green_food', 'organic', 'geographic_indication', 'pollution_free', 'other')) not null, "number" text not null, "issued_by" text null, "expires_at" timestamptz null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_certification_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_certification_cooperative_id" ON "cooperative_certification" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_certification_deleted_at" ON "cooperative_certification" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "cooperative_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_invite_token_hash_unique" ON "cooperative_invite" ("token_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_cooperative_id" ON "cooperative_invite" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_deleted_at" ON "cooperative_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "cooperative_user" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_user_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_user_email_unique" ON "cooperative_user" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_user_cooperative_id" ON "cooperative_user" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_user_deleted_at" ON "cooperative_user" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "cooperative_certification" add constraint "cooperative_certification_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "cooperative_invite" add constraint "cooperative_invite_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "cooperative_user" add constraint "cooperative_user_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_certification" drop constraint if exists "cooperative_certification_cooperative_id_foreign";`
    )

    this.addSql(
      `alter table if exists "cooperative_invite" drop constraint if exists "cooperative_invite_cooperative_id_foreign";`
    )

    this.addSql(
      `alter table if exists "cooperative_user" drop constraint if exists "cooperative_user_cooperative_id_foreign";`
    )

    this.addSql(`drop table if exists "cooperative" cascade;`)

    this.addSql(`drop table if exists "cooperative_certification" cascade;`)

    this.addSql(`drop table if exists "cooperative_invite" cascade;`)

    this.addSql(`drop table if exists "cooperative_user" cascade;`)
  }
}
