import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// What a registry file turned out to be: csv-utf8, csv-gbk or xlsx.
export class Migration20261205100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "registry_import" add column if not exists "format" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "registry_import" drop column if exists "format";`
    )
  }
}
