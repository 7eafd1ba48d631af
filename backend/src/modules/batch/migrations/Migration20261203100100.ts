import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// What the cooperative pays its suppliers per unit of the batch's produce
// (fen), from which each member's purchase obligation is computed.
export class Migration20261203100100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "batch" add column if not exists "purchase_price" integer null;`
    )
    this.addSql(
      `alter table if exists "batch" drop constraint if exists "batch_purchase_price_positive";`
    )
    this.addSql(
      `alter table if exists "batch" add constraint "batch_purchase_price_positive" check ("purchase_price" is null or "purchase_price" > 0);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "batch" drop column if exists "purchase_price";`
    )
  }
}
