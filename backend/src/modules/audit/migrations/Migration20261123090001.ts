import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The audit log is append-only in the database itself: UPDATE and DELETE
// (including Medusa's soft delete) are refused.
export class Migration20261123090001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function tianfu_refuse_change() returns trigger as $$
      begin
        raise exception '% is append-only: % refused', TG_TABLE_NAME, TG_OP
          using errcode = 'insufficient_privilege';
      end;
      $$ language plpgsql;
    `)
    this.addSql(`
      create trigger audit_entry_append_only
      before update or delete on "audit_entry"
      for each row execute function tianfu_refuse_change();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop trigger if exists audit_entry_append_only on "audit_entry";`
    )
  }
}
