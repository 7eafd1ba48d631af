import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205002034 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "product_change" ("id" text not null, "changed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_change_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_change_deleted_at" ON "product_change" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_change_changed_at" ON "product_change" ("changed_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_change" cascade;`)
  }
}
