import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// An import is a registry file or an aid list (the ones before were all
// registry files); a household may hold the minimum living allowance
// beside poor-household support where the registry says so.
export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "registry_import" add column if not exists "kind" text check ("kind" in ('registry', 'aid')) not null default 'registry';`
    )
    this.addSql(
      `alter table if exists "household" add column if not exists "dual_support" boolean null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "registry_import" drop column if exists "kind";`
    )
    this.addSql(
      `alter table if exists "household" drop column if exists "dual_support";`
    )
  }
}
