import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The households whose ledger shares count as "unverified suppliers"
// (UNVERIFIED in the service): few beside the registry's, read by every
// attribution figure.
export class Migration20261205090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "IDX_household_unverified" on "household" ("county_code") where (verification <> 'verified' or deleted_at is not null);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_household_unverified";`)
  }
}
