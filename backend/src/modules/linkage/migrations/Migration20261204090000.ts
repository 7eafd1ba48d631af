import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Evidence files: the documents table (append-only, one row per
// cooperative and file content), a payment's receipt and an agreement's
// signed copy. Adding the payout column is DDL: the append-only trigger
// refuses row changes, not a new nullable column.
export class Migration20261204090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "linkage_document" ("id" text not null, "cooperative_id" text not null, "file_id" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "sha256" text not null, "uploaded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "linkage_document_pkey" primary key ("id"), constraint "linkage_document_size_positive" check ("size" > 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_linkage_document_deleted_at" ON "linkage_document" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_linkage_document_cooperative_id_sha256_unique" ON "linkage_document" ("cooperative_id", "sha256") WHERE deleted_at IS NULL;`
    )
    this.addSql(`
      drop trigger if exists linkage_document_append_only on "linkage_document";
      create trigger linkage_document_append_only
      before update or delete on "linkage_document"
      for each row execute function tianfu_refuse_change();
    `)
    this.addSql(
      `alter table if exists "linkage_payout" add column if not exists "evidence_document_id" text null;`
    )
    this.addSql(
      `alter table if exists "linkage_agreement" add column if not exists "document_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "linkage_agreement" drop column if exists "document_id";`
    )
    this.addSql(
      `alter table if exists "linkage_payout" drop column if exists "evidence_document_id";`
    )
    this.addSql(`drop table if exists "linkage_document" cascade;`)
  }
}
