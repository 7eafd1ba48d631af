import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Aid oversight: aid records from every helper, the rules' settings and
// runs, the flags they open and the monitoring cases (one open case per
// household and category), shock events and reviewers' comments.
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "oversight_setting" drop constraint if exists "oversight_setting_jurisdiction_code_unique";`
    )
    this.addSql(
      `alter table if exists "oversight_flag" drop constraint if exists "oversight_flag_rule_subject_year_unique";`
    )
    this.addSql(
      `alter table if exists "aid_record" drop constraint if exists "aid_record_household_id_source_kind_giver_reference_given_on_unique";`
    )
    this.addSql(
      `create table if not exists "aid_record" ("id" text not null, "household_id" text not null, "county_code" text not null, "year" integer not null, "source_kind" text check ("source_kind" in ('pairing_support', 'east_west', 'minimum_allowance', 'micro_credit', 'industrial_subsidy', 'education', 'medical', 'social_donation', 'other')) not null, "giver" text not null, "purpose" text not null, "amount" integer not null, "in_kind" text null, "given_on" timestamptz not null, "reference" text not null, "import_id" text null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_record_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_record_deleted_at" ON "aid_record" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_record_household_id_source_kind_giver_reference_given_on_unique" ON "aid_record" ("household_id", "source_kind", "giver", "reference", "given_on") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_record_county_code_year" ON "aid_record" ("county_code", "year") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_record_household_id_year" ON "aid_record" ("household_id", "year") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "monitoring_case" ("id" text not null, "household_id" text not null, "county_code" text not null, "township" text not null, "village" text not null, "category" text check ("category" in ('unstable_lifted', 'edge', 'sudden_hardship')) not null, "year" integer not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "triggers" jsonb not null, "evidence_key" text null, "assigned_to" text null, "exit_criteria" jsonb null, "close_reason" text null, "closed_by" text null, "closed_at" timestamptz null, "opened_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "monitoring_case_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_monitoring_case_deleted_at" ON "monitoring_case" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_monitoring_case_county_code_status_opened_at" ON "monitoring_case" ("county_code", "status", "opened_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_monitoring_case_household_id_category_year" ON "monitoring_case" ("household_id", "category", "year") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_monitoring_case_one_open" ON "monitoring_case" ("household_id", "category") WHERE status = 'open' AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "oversight_comment" ("id" text not null, "subject_type" text check ("subject_type" in ('flag', 'case')) not null, "subject_id" text not null, "author_id" text not null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oversight_comment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_oversight_comment_deleted_at" ON "oversight_comment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_oversight_comment_subject_type_subject_id" ON "oversight_comment" ("subject_type", "subject_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "oversight_flag" ("id" text not null, "rule" text check ("rule" in ('omitted', 'multiple', 'repeated', 'two_horses', 'imbalance')) not null, "year" integer not null, "subject" text not null, "household_id" text null, "county_code" text not null, "township" text not null, "village" text not null, "status" text check ("status" in ('open', 'resolved', 'cleared')) not null default 'open', "evidence" jsonb not null, "evidence_key" text not null, "assigned_to" text null, "resolution" text check ("resolution" in ('confirmed_corrected', 'justified', 'data_error', 'not_an_issue')) null, "resolution_note" text null, "resolved_by" text null, "resolved_at" timestamptz null, "opened_at" timestamptz not null, "reopened_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oversight_flag_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_oversight_flag_deleted_at" ON "oversight_flag" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oversight_flag_rule_subject_year_unique" ON "oversight_flag" ("rule", "subject", "year") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_oversight_flag_county_code_status_opened_at" ON "oversight_flag" ("county_code", "status", "opened_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "oversight_run" ("id" text not null, "jurisdiction_code" text not null, "year" integer not null, "trigger" text check ("trigger" in ('nightly', 'on_demand')) not null, "requested_by" text null, "status" text check ("status" in ('running', 'completed', 'failed')) not null default 'running', "counties_done" integer not null default 0, "counties_total" integer not null default 0, "households" integer not null default 0, "aid_records" integer not null default 0, "flags_opened" integer not null default 0, "flags_reopened" integer not null default 0, "flags_cleared" integer not null default 0, "cases_opened" integer not null default 0, "duration_ms" integer null, "failure" text null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oversight_run_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_oversight_run_deleted_at" ON "oversight_run" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_oversight_run_jurisdiction_code_created_at" ON "oversight_run" ("jurisdiction_code", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "oversight_setting" ("id" text not null, "jurisdiction_code" text not null, "settings" jsonb not null, "updated_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oversight_setting_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oversight_setting_jurisdiction_code_unique" ON "oversight_setting" ("jurisdiction_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_oversight_setting_deleted_at" ON "oversight_setting" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "shock_event" ("id" text not null, "household_id" text not null, "county_code" text not null, "kind" text check ("kind" in ('illness', 'disability', 'disaster', 'accident')) not null, "occurred_on" timestamptz not null, "description" text null, "reported_by_type" text check ("reported_by_type" in ('bureau_user', 'cooperative_user')) not null, "reported_by_id" text not null, "cooperative_id" text null, "case_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shock_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shock_event_deleted_at" ON "shock_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shock_event_household_id" ON "shock_event" ("household_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aid_record" cascade;`)

    this.addSql(`drop table if exists "monitoring_case" cascade;`)

    this.addSql(`drop table if exists "oversight_comment" cascade;`)

    this.addSql(`drop table if exists "oversight_flag" cascade;`)

    this.addSql(`drop table if exists "oversight_run" cascade;`)

    this.addSql(`drop table if exists "oversight_setting" cascade;`)

    this.addSql(`drop table if exists "shock_event" cascade;`)
  }
}
