import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// A batch recorded in error is voided, never deleted: its stock is
// withdrawn and it is sold no more, but the record (and any QR label that
// was printed) still says what it was and why it was voided. A void always
// has its reason.
export class Migration20261206040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "batch" add column if not exists "voided_at" timestamptz null, add column if not exists "void_reason" text null;`
    )
    this.addSql(
      `alter table if exists "batch" drop constraint if exists "batch_void_has_reason";`
    )
    this.addSql(
      `alter table if exists "batch" add constraint "batch_void_has_reason" check (("voided_at" is null) = ("void_reason" is null));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "batch" drop constraint if exists "batch_void_has_reason";`
    )
    this.addSql(
      `alter table if exists "batch" drop column if exists "voided_at", drop column if exists "void_reason";`
    )
  }
}
