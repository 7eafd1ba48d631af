import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Members of a household from a registry file that lists one person a row.
export class Migration20261205110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "household" add column if not exists "members" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "household" drop column if exists "members";`
    )
  }
}
