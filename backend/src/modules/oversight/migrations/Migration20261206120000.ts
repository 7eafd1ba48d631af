import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The queues, oldest open first, across a whole province: an index that
// walks them in order (the county-first index cannot serve a prefix of
// counties), for flags and for cases.
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_oversight_flag_queue" ON "oversight_flag" ("status", "opened_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_monitoring_case_queue" ON "monitoring_case" ("status", "opened_at", "id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_oversight_flag_queue";`)
    this.addSql(`drop index if exists "IDX_monitoring_case_queue";`)
  }
}
