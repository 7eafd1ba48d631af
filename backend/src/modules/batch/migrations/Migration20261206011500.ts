import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Corrections the EPCIS way: a new event names the one it corrects and why;
// the corrected event stays as it was. One correction per event (a unique
// index, so two clerks correcting at once cannot both succeed), and a
// correction always has its reason.
export class Migration20261206011500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "trace_event" add column if not exists "corrects_event_id" text null, add column if not exists "correction_reason" text null;`
    )
    this.addSql(
      `alter table if exists "trace_event" drop constraint if exists "trace_event_correction_has_reason";`
    )
    this.addSql(
      `alter table if exists "trace_event" add constraint "trace_event_correction_has_reason" check (("corrects_event_id" is null) = ("correction_reason" is null));`
    )
    this.addSql(
      `create unique index if not exists "IDX_trace_event_corrects_event_id_unique" on "trace_event" ("corrects_event_id") where "corrects_event_id" is not null and "deleted_at" is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop index if exists "IDX_trace_event_corrects_event_id_unique";`
    )
    this.addSql(
      `alter table if exists "trace_event" drop constraint if exists "trace_event_correction_has_reason";`
    )
    this.addSql(
      `alter table if exists "trace_event" drop column if exists "corrects_event_id", drop column if exists "correction_reason";`
    )
  }
}
