import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The allocation lives in batch_allocation alone. The order line item ↔
// batch link that kept a second copy (with a quantity column) is dropped:
// any of its rows without a record is copied first (ids derive from the
// link's key, as Migration20261124091000 made them, so nothing is copied
// twice), then the table and its entry in Medusa's link tracking table go,
// so `medusa db:migrate` has no removed link left to ask about.
export class Migration20261203080000 extends Migration {
  override async up(): Promise<void> {
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
             and not exists (
               select 1 from "batch_allocation" a
                where a.line_item_id = l.order_line_item_id
                  and a.batch_id = l.batch_id and a.deleted_at is null)
          on conflict do nothing;
          drop table order_order_line_item_batch_batch;
        end if;
        if to_regclass('link_module_migrations') is not null then
          delete from link_module_migrations
           where table_name = 'order_order_line_item_batch_batch';
        end if;
      end
      $$;
    `)
  }

  // The records hold everything the link held; links are not rebuilt.
  override async down(): Promise<void> {}
}
