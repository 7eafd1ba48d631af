import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Trace events are append-only in the database itself, not only in code:
// any UPDATE or DELETE (soft deletes are updates) is refused.
export class Migration20261123091400 extends Migration {
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
      create trigger trace_event_append_only
      before update or delete on "trace_event"
      for each row execute function tianfu_refuse_change();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop trigger if exists trace_event_append_only on "trace_event";`
    )
  }
}
