import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// An import is a registry file or an aid list; the ones before were all
// registry files.
export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "registry_import" add column if not exists "kind" text check ("kind" in ('registry', 'aid')) not null default 'registry';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "registry_import" drop column if exists "kind";`
    )
  }
}
