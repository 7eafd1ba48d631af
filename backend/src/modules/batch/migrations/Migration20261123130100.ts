import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Allocation of sold units to batches: a batch can never promise more than
// it holds, which the database checks as well as the allocating code.
export class Migration20261123130100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "batch" add column if not exists "allocated_quantity" integer not null default 0;`
    )
    this.addSql(
      `alter table if exists "batch" add constraint "batch_allocated_within_stock" check ("allocated_quantity" >= 0 and "allocated_quantity" <= "stock_quantity");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_batch_harvested_at" ON "batch" ("harvested_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "batch" drop constraint if exists "batch_allocated_within_stock";`
    )
    this.addSql(
      `alter table if exists "batch" drop column if exists "allocated_quantity";`
    )
  }
}
