import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124082305 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "placement" drop constraint if exists "placement_cart_id_unique";`
    )
    this.addSql(
      `create table if not exists "placement" ("id" text not null, "cart_id" text not null, "order_id" text null, "finished_at" timestamptz null, "handled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "placement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_placement_cart_id_unique" ON "placement" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_placement_deleted_at" ON "placement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_placement_order_id" ON "placement" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_placement_finished_at" ON "placement" ("finished_at") WHERE handled_at IS NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "placement" cascade;`)
  }
}
