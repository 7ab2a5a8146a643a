import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Follow-up rounds after a fair (issue 15): the rounds of each fair's schedule, one questionnaire per
 * participating company and round (with its self-report link, stored as a hash only), the answers,
 * the emails to send (an outbox: PostgreSQL says what must go out, exactly once per dedupe key) and
 * every use of a link.
 */
export class CreateFollowUps1796500000000 implements MigrationInterface {
    name = 'CreateFollowUps1796500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // A round opens once: `opened_at` is set by the one UPDATE that claims it (WHERE opened_at IS NULL).
        // `opens_at` follows the fair's end date and zone until the round opens. Rounds taken out of the
        // schedule are soft-deleted, so a fair whose schedule was emptied does not get the defaults again.
        await queryRunner.query(`CREATE TABLE "follow_up_rounds" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "agency_id" uuid NOT NULL,
            "fair_id" uuid NOT NULL,
            "sequence" integer NOT NULL,
            "months_after" integer NOT NULL,
            "opens_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
            "opened_at" TIMESTAMP(3) WITH TIME ZONE,
            "version" integer NOT NULL DEFAULT 1,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "deleted_at" TIMESTAMP(3) WITH TIME ZONE,
            CONSTRAINT "follow_up_rounds_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "follow_up_rounds_agency_id_id_key" UNIQUE ("agency_id", "id"),
            CONSTRAINT "follow_up_rounds_months_after_check" CHECK ("months_after" BETWEEN 1 AND 120),
            CONSTRAINT "follow_up_rounds_fair_fkey" FOREIGN KEY ("agency_id", "fair_id") REFERENCES "fairs"("agency_id", "id") ON DELETE RESTRICT
        )`);
        await queryRunner.query(`CREATE UNIQUE INDEX "follow_up_rounds_fair_id_months_after_key" ON "follow_up_rounds" ("fair_id", "months_after") WHERE "deleted_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "follow_up_rounds_agency_id_fair_id_idx" ON "follow_up_rounds" ("agency_id", "fair_id")`);
        await queryRunner.query(`CREATE INDEX "follow_up_rounds_due_idx" ON "follow_up_rounds" ("opens_at") WHERE "opened_at" IS NULL AND "deleted_at" IS NULL`);

        // One per round and participating company. The link's token is never stored: only its SHA-256.
        await queryRunner.query(`CREATE TABLE "follow_up_questionnaires" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "agency_id" uuid NOT NULL,
            "fair_id" uuid NOT NULL,
            "round_id" uuid NOT NULL,
            "company_id" uuid NOT NULL,
            "language" text NOT NULL DEFAULT 'ko',
            "token_generation" integer NOT NULL DEFAULT 1,
            "token_hash" text NOT NULL,
            "token_expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
            "token_revoked_at" TIMESTAMP(3) WITH TIME ZONE,
            "invited_at" TIMESTAMP(3) WITH TIME ZONE,
            "reminders_sent" integer NOT NULL DEFAULT 0,
            "last_reminded_at" TIMESTAMP(3) WITH TIME ZONE,
            "responded_at" TIMESTAMP(3) WITH TIME ZONE,
            "version" integer NOT NULL DEFAULT 1,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "follow_up_questionnaires_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "follow_up_questionnaires_agency_id_id_key" UNIQUE ("agency_id", "id"),
            CONSTRAINT "follow_up_questionnaires_round_id_company_id_key" UNIQUE ("round_id", "company_id"),
            CONSTRAINT "follow_up_questionnaires_token_hash_key" UNIQUE ("token_hash"),
            CONSTRAINT "follow_up_questionnaires_language_check" CHECK ("language" IN ('ko', 'en')),
            CONSTRAINT "follow_up_questionnaires_round_fkey" FOREIGN KEY ("agency_id", "round_id") REFERENCES "follow_up_rounds"("agency_id", "id") ON DELETE RESTRICT,
            CONSTRAINT "follow_up_questionnaires_company_fkey" FOREIGN KEY ("agency_id", "company_id") REFERENCES "companies"("agency_id", "id") ON DELETE RESTRICT
        )`);
        await queryRunner.query(`CREATE INDEX "follow_up_questionnaires_waiting_idx" ON "follow_up_questionnaires" ("invited_at") WHERE "responded_at" IS NULL AND "token_revoked_at" IS NULL AND "invited_at" IS NOT NULL`);

        // The answers, exactly as given: money as numeric(18,2) with its currency, never a float.
        await queryRunner.query(`CREATE TABLE "follow_up_responses" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "agency_id" uuid NOT NULL,
            "fair_id" uuid NOT NULL,
            "round_id" uuid NOT NULL,
            "questionnaire_id" uuid NOT NULL,
            "company_id" uuid NOT NULL,
            "satisfaction" smallint NOT NULL,
            "would_exhibit_again" boolean NOT NULL,
            "contracts_signed_count" integer NOT NULL,
            "contracts_signed_amount" numeric(18,2),
            "contracts_signed_currency" character(3),
            "contracts_expected_count" integer NOT NULL,
            "contracts_expected_amount" numeric(18,2),
            "contracts_expected_currency" character(3),
            "shipments_count" integer NOT NULL,
            "shipments_amount" numeric(18,2),
            "shipments_currency" character(3),
            "comment" text,
            "consultation_stages" jsonb NOT NULL DEFAULT '[]',
            "contract_ids" uuid[] NOT NULL DEFAULT '{}',
            "submitted_by" text NOT NULL,
            "submitted_by_user_id" uuid,
            "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
            "version" integer NOT NULL DEFAULT 1,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "follow_up_responses_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "follow_up_responses_questionnaire_id_key" UNIQUE ("questionnaire_id"),
            CONSTRAINT "follow_up_responses_satisfaction_check" CHECK ("satisfaction" BETWEEN 1 AND 5),
            CONSTRAINT "follow_up_responses_counts_check" CHECK ("contracts_signed_count" >= 0 AND "contracts_expected_count" >= 0 AND "shipments_count" >= 0),
            CONSTRAINT "follow_up_responses_money_check" CHECK (
                ("contracts_signed_amount" IS NULL) = ("contracts_signed_currency" IS NULL) AND "contracts_signed_amount" >= 0
                AND ("contracts_expected_amount" IS NULL) = ("contracts_expected_currency" IS NULL) AND "contracts_expected_amount" >= 0
                AND ("shipments_amount" IS NULL) = ("shipments_currency" IS NULL) AND "shipments_amount" >= 0),
            CONSTRAINT "follow_up_responses_submitted_by_check" CHECK ("submitted_by" IN ('company', 'manager')),
            CONSTRAINT "follow_up_responses_questionnaire_fkey" FOREIGN KEY ("agency_id", "questionnaire_id") REFERENCES "follow_up_questionnaires"("agency_id", "id") ON DELETE RESTRICT
        )`);
        await queryRunner.query(`CREATE INDEX "follow_up_responses_agency_id_fair_id_idx" ON "follow_up_responses" ("agency_id", "fair_id")`);

        // What must be emailed: one row per dedupe key (an invitation per link generation, a reminder
        // per number), written in the transaction that decided it; handed to the mailer after commit.
        // No address or token here: both are looked up / derived when the mail is handed over.
        await queryRunner.query(`CREATE TABLE "follow_up_emails" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "agency_id" uuid NOT NULL,
            "questionnaire_id" uuid NOT NULL,
            "kind" text NOT NULL,
            "dedupe_key" text NOT NULL,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
            "handed_at" TIMESTAMP(3) WITH TIME ZONE,
            "skipped_reason" text,
            CONSTRAINT "follow_up_emails_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "follow_up_emails_dedupe_key_key" UNIQUE ("dedupe_key"),
            CONSTRAINT "follow_up_emails_kind_check" CHECK ("kind" IN ('invitation', 'reminder')),
            CONSTRAINT "follow_up_emails_questionnaire_fkey" FOREIGN KEY ("agency_id", "questionnaire_id") REFERENCES "follow_up_questionnaires"("agency_id", "id") ON DELETE CASCADE
        )`);
        await queryRunner.query(`CREATE INDEX "follow_up_emails_pending_idx" ON "follow_up_emails" ("created_at") WHERE "handed_at" IS NULL`);

        // Every use of a self-report link, answered or refused (the audit trail of the links).
        await queryRunner.query(`CREATE TABLE "follow_up_link_uses" (
            "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
            "agency_id" uuid NOT NULL,
            "questionnaire_id" uuid NOT NULL,
            "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "action" text NOT NULL,
            "outcome" text NOT NULL,
            CONSTRAINT "follow_up_link_uses_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "follow_up_link_uses_questionnaire_fkey" FOREIGN KEY ("agency_id", "questionnaire_id") REFERENCES "follow_up_questionnaires"("agency_id", "id") ON DELETE CASCADE
        )`);
        await queryRunner.query(`CREATE INDEX "follow_up_link_uses_questionnaire_id_idx" ON "follow_up_link_uses" ("agency_id", "questionnaire_id", "id")`);

        // Audited like every tenant record; the token hash is a secret (logged as changed, never by value).
        for (const [table, hidden] of [['follow_up_rounds', ''], ['follow_up_questionnaires', "'token_hash'"], ['follow_up_responses', '']]) {
            await queryRunner.query(`CREATE TRIGGER ${table}_audit AFTER UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_write(${hidden})`);
            await queryRunner.query(`CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_insert(${hidden})`);
        }

        // Existing fairs get the default schedule (3, 6, 12 months after their end, at midnight in their zone).
        await queryRunner.query(`INSERT INTO follow_up_rounds (agency_id, fair_id, sequence, months_after, opens_at)
            SELECT f.agency_id, f.id, s.n, s.months, ((f.ends_on + make_interval(months => s.months))::timestamp AT TIME ZONE f.timezone)
              FROM fairs f CROSS JOIN (VALUES (1, 3), (2, 6), (3, 12)) AS s(n, months)
             WHERE f.deleted_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "follow_up_link_uses"`);
        await queryRunner.query(`DROP TABLE "follow_up_emails"`);
        await queryRunner.query(`DROP TABLE "follow_up_responses"`);
        await queryRunner.query(`DROP TABLE "follow_up_questionnaires"`);
        await queryRunner.query(`DROP TABLE "follow_up_rounds"`);
    }
}
