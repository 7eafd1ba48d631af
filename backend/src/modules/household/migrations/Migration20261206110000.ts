import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// A household may hold the minimum living allowance beside poor-household
// support where the registry says so (两线合一); null where it does not say.
export class Migration20261206110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "household" add column if not exists "dual_support" boolean null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "household" drop column if exists "dual_support";`
    )
  }
}
