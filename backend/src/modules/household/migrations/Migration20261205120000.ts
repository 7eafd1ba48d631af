import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// A join request is asked by the cooperative or proposed by a reviewer.
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "household_join_request" add column if not exists "initiated_by" text check ("initiated_by" in ('cooperative', 'bureau')) not null default 'cooperative';`
    )
    this.addSql(
      `alter table if exists "household_join_request" add column if not exists "request_note" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "household_join_request" drop column if exists "initiated_by";`
    )
    this.addSql(
      `alter table if exists "household_join_request" drop column if exists "request_note";`
    )
  }
}
