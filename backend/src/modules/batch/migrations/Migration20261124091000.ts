import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Allocation records kept beside batch.allocated_quantity (same transaction),
// so an allocation or release interrupted before its links were written is
// found, not repeated, by the retry. Existing allocations are copied from
// the line item ↔ batch link table, which only exists once links are synced.
export class Migration20261124091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "batch_allocation" ("id" text not null, "line_item_id" text not null, "quantity" integer not null, "released_at" timestamptz null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_allocation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_allocation_batch_id" ON "batch_allocation" ("batch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_allocation_deleted_at" ON "batch_allocation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_batch_allocation_line_item_id_batch_id_unique" ON "batch_allocation" ("line_item_id", "batch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_allocation_line_item_id" ON "batch_allocation" ("line_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "batch_allocation" add constraint "batch_allocation_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`
    )
    // Ids derive from the link's key, so running this twice adds nothing.
    this.addSql(`
      do $$
      begin
        if to_regclass('order_order_line_item_batch_batch') is not null then
          insert into "batch_allocation"
                 ("id", "line_item_id", "batch_id", "quantity",
                  "created_at", "updated_at")
          select 'balloc_' || upper(substr(md5(l.order_line_item_id || ':' || l.batch_id), 1, 26)),
                 l.order_line_item_id, l.batch_id, l.quantity,
                 l.created_at, l.created_at
            from order_order_line_item_batch_batch l
            join "batch" b on b.id = l.batch_id
           where l.deleted_at is null
          on conflict do nothing;
        end if;
      end
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "batch_allocation" cascade;`)
  }
}
