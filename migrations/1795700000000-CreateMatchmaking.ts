import type { MigrationInterface, QueryRunner } from "typeorm";

/** Audited matchmaking tables and their trigger arguments (the category vocabulary and schedule runs are not records). */
const AUDITED: [string, string[]][] = [
    ['company_profiles', ['record:company_id']],
    ['buyer_profiles', ['record:buyer_id']],
    ['interpreters', []],
    ['meeting_sessions', []],
    ['meetings', []],
];

/**
 * Matchmaking: the category vocabulary, company and buyer profiles, interpreters, meeting sessions,
 * meetings and schedule runs. Written by hand: range types, exclusion constraints and the session-hours
 * trigger are beyond what the generator expresses.
 */
export class CreateMatchmaking1795700000000 implements MigrationInterface {
    name = 'CreateMatchmaking1795700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
        await queryRunner.query(`CREATE TABLE "categories" ("agency_id" uuid NOT NULL REFERENCES "agencies" ("id") ON DELETE RESTRICT, "slug" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "categories_pkey" PRIMARY KEY ("agency_id", "slug"), CONSTRAINT "categories_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'))`);
        await queryRunner.query(`CREATE TABLE "company_profiles" ("agency_id" uuid NOT NULL, "company_id" uuid NOT NULL, "categories" text[] NOT NULL DEFAULT '{}', "certifications" text[] NOT NULL DEFAULT '{}', "target_markets" text[] NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT 1, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "company_profiles_pkey" PRIMARY KEY ("agency_id", "company_id"), CONSTRAINT "company_profiles_company_fkey" FOREIGN KEY ("agency_id", "company_id") REFERENCES "companies" ("agency_id", "id") ON DELETE RESTRICT)`);
        await queryRunner.query(`CREATE TABLE "buyer_profiles" ("agency_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "categories" text[] NOT NULL DEFAULT '{}', "required_certifications" text[] NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT 1, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "buyer_profiles_pkey" PRIMARY KEY ("agency_id", "buyer_id"), CONSTRAINT "buyer_profiles_buyer_fkey" FOREIGN KEY ("agency_id", "buyer_id") REFERENCES "buyers" ("agency_id", "id") ON DELETE RESTRICT)`);
        await queryRunner.query(`CREATE TABLE "interpreters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL REFERENCES "agencies" ("id") ON DELETE RESTRICT, "name" text NOT NULL, "languages" text[] NOT NULL, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "interpreters_pkey" PRIMARY KEY ("id"), CONSTRAINT "interpreters_languages_check" CHECK (cardinality("languages") > 0))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "interpreters_agency_id_id_key" ON "interpreters" ("agency_id", "id")`);
        await queryRunner.query(`CREATE INDEX "interpreters_agency_id_created_at_id_idx" ON "interpreters" ("agency_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "meeting_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "fair_id" uuid NOT NULL, "day" date NOT NULL, "local_start" time NOT NULL, "local_end" time NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "slot_minutes" integer NOT NULL, "tables" integer NOT NULL, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_sessions_pkey" PRIMARY KEY ("id"), CONSTRAINT "meeting_sessions_fair_fkey" FOREIGN KEY ("agency_id", "fair_id") REFERENCES "fairs" ("agency_id", "id") ON DELETE RESTRICT, CONSTRAINT "meeting_sessions_hours_check" CHECK ("ends_at" > "starts_at" AND "ends_at" - "starts_at" <= interval '24 hours'), CONSTRAINT "meeting_sessions_slot_check" CHECK ("slot_minutes" BETWEEN 5 AND 240 AND "slot_minutes" % 5 = 0), CONSTRAINT "meeting_sessions_tables_check" CHECK ("tables" BETWEEN 1 AND 1000), CONSTRAINT "meeting_sessions_no_overlap" EXCLUDE USING gist ("agency_id" WITH =, "fair_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "meeting_sessions_agency_id_id_key" ON "meeting_sessions" ("agency_id", "id")`);
        await queryRunner.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "fair_id" uuid NOT NULL, "company_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'requested', "language" text, "interpreter_id" uuid, "session_id" uuid, "table_number" integer, "starts_at" TIMESTAMP(3) WITH TIME ZONE, "ends_at" TIMESTAMP(3) WITH TIME ZONE, "consultation_id" uuid, "notes" text, "requested_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_pkey" PRIMARY KEY ("id"), `
            + `CONSTRAINT "meetings_fair_fkey" FOREIGN KEY ("agency_id", "fair_id") REFERENCES "fairs" ("agency_id", "id") ON DELETE RESTRICT, `
            + `CONSTRAINT "meetings_company_fkey" FOREIGN KEY ("agency_id", "company_id") REFERENCES "companies" ("agency_id", "id") ON DELETE RESTRICT, `
            + `CONSTRAINT "meetings_buyer_fkey" FOREIGN KEY ("agency_id", "buyer_id") REFERENCES "buyers" ("agency_id", "id") ON DELETE RESTRICT, `
            + `CONSTRAINT "meetings_interpreter_fkey" FOREIGN KEY ("agency_id", "interpreter_id") REFERENCES "interpreters" ("agency_id", "id") ON DELETE RESTRICT, `
            + `CONSTRAINT "meetings_session_fkey" FOREIGN KEY ("agency_id", "session_id") REFERENCES "meeting_sessions" ("agency_id", "id") ON DELETE RESTRICT, `
            + `CONSTRAINT "meetings_consultation_fkey" FOREIGN KEY ("agency_id", "consultation_id") REFERENCES "consultations" ("agency_id", "id") ON DELETE RESTRICT, `
            + `CONSTRAINT "meetings_status_check" CHECK ("status" IN ('requested', 'accepted', 'declined', 'scheduled', 'held', 'no_show', 'cancelled')), `
            + `CONSTRAINT "meetings_slot_check" CHECK (("starts_at" IS NULL) = ("ends_at" IS NULL) AND ("starts_at" IS NULL) = ("session_id" IS NULL) AND ("starts_at" IS NULL) = ("table_number" IS NULL) AND ("ends_at" > "starts_at" OR "starts_at" IS NULL)), `
            + `CONSTRAINT "meetings_scheduled_check" CHECK (("status" IN ('scheduled', 'held', 'no_show')) = ("starts_at" IS NOT NULL)), `
            + `CONSTRAINT "meetings_company_conflict" EXCLUDE USING gist ("agency_id" WITH =, "company_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" IN ('scheduled', 'held', 'no_show')), `
            + `CONSTRAINT "meetings_buyer_conflict" EXCLUDE USING gist ("agency_id" WITH =, "buyer_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" IN ('scheduled', 'held', 'no_show')), `
            + `CONSTRAINT "meetings_interpreter_conflict" EXCLUDE USING gist ("agency_id" WITH =, "interpreter_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" IN ('scheduled', 'held', 'no_show') AND "interpreter_id" IS NOT NULL), `
            + `CONSTRAINT "meetings_table_conflict" EXCLUDE USING gist ("agency_id" WITH =, "session_id" WITH =, "table_number" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" IN ('scheduled', 'held', 'no_show')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "meetings_agency_id_id_key" ON "meetings" ("agency_id", "id")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "meetings_consultation_key" ON "meetings" ("consultation_id") WHERE consultation_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "meetings_agency_id_fair_id_created_at_id_idx" ON "meetings" ("agency_id", "fair_id", "created_at", "id")`);
        // The database's own check of session hours and tables: a slot lies inside its session (which
        // must be of the meeting's fair) and names one of its tables. Sessions are never edited, and the
        // foreign key holds the session row while the meeting is written, so no race can slip past.
        await queryRunner.query(`CREATE FUNCTION meetings_check_session() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.session_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM meeting_sessions s
                 WHERE s.agency_id = NEW.agency_id AND s.id = NEW.session_id AND s.fair_id = NEW.fair_id
                   AND NEW.starts_at >= s.starts_at AND NEW.ends_at <= s.ends_at AND NEW.table_number BETWEEN 1 AND s.tables) THEN
                RAISE EXCEPTION 'meeting slot lies outside its session''s hours or tables' USING ERRCODE = '23514', CONSTRAINT = 'meetings_session_hours';
              END IF;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER meetings_check_session BEFORE INSERT OR UPDATE OF session_id, starts_at, ends_at, table_number, fair_id ON meetings FOR EACH ROW EXECUTE FUNCTION meetings_check_session()`);
        await queryRunner.query(`CREATE TABLE "schedule_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "fair_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'queued', "progress" integer NOT NULL DEFAULT 0, "requested_by" uuid NOT NULL, "result" jsonb, "error" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "schedule_runs_pkey" PRIMARY KEY ("id"), CONSTRAINT "schedule_runs_fair_fkey" FOREIGN KEY ("agency_id", "fair_id") REFERENCES "fairs" ("agency_id", "id") ON DELETE RESTRICT, CONSTRAINT "schedule_runs_status_check" CHECK ("status" IN ('queued', 'running', 'completed', 'failed')))`);
        for (const table of ['fair_outcomes', 'fair_outcome_companies']) {
            await queryRunner.query(`ALTER TABLE "${table}" ADD "meetings_requested" integer NOT NULL DEFAULT '0', ADD "meetings_held" integer NOT NULL DEFAULT '0', ADD "meetings_no_show" integer NOT NULL DEFAULT '0'`);
        }
        // Every write to a matchmaking record is audited like the other records (the audit_write trigger
        // of CreatePartnerAccess); profiles name their record by the company or buyer they describe.
        for (const [table, args] of AUDITED) {
            const list = args.map((arg) => `'${arg}'`).join(', ');
            await queryRunner.query(`CREATE TRIGGER ${table}_audit AFTER UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_write(${list})`);
            await queryRunner.query(`CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_insert(${list})`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table] of AUDITED) {
            await queryRunner.query(`DROP TRIGGER ${table}_audit_insert ON ${table}`);
            await queryRunner.query(`DROP TRIGGER ${table}_audit ON ${table}`);
        }
        for (const table of ['fair_outcomes', 'fair_outcome_companies']) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "meetings_requested", DROP COLUMN "meetings_held", DROP COLUMN "meetings_no_show"`);
        }
        await queryRunner.query(`DROP TABLE "schedule_runs"`);
        await queryRunner.query(`DROP TABLE "meetings"`);
        await queryRunner.query(`DROP FUNCTION meetings_check_session()`);
        await queryRunner.query(`DROP TABLE "meeting_sessions"`);
        await queryRunner.query(`DROP TABLE "interpreters"`);
        await queryRunner.query(`DROP TABLE "buyer_profiles"`);
        await queryRunner.query(`DROP TABLE "company_profiles"`);
        await queryRunner.query(`DROP TABLE "categories"`);
    }
}
