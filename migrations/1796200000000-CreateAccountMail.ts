import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 15, the mail path for accounts: users' language, the mail outbox, invitations and password
 * resets. Hand-written (the two token tables and the outbox have no entity: their repositories speak SQL).
 */
export class CreateAccountMail1796200000000 implements MigrationInterface {
    name = 'CreateAccountMail1796200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" ADD "language" text NOT NULL DEFAULT 'ko'`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_language_check" CHECK ("language" IN ('ko', 'en'))`);

        // The outbox: a mail to send, one row per dedupe key. Its params (which may hold a link's token)
        // are cleared once it is sent or has failed for good.
        await queryRunner.query(`CREATE TABLE "mail_messages" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "agency_id" uuid REFERENCES "agencies" ("id") ON DELETE RESTRICT,
            "dedupe_key" text NOT NULL,
            "recipient" text NOT NULL,
            "language" text NOT NULL,
            "template" text NOT NULL,
            "params" jsonb,
            "status" text NOT NULL DEFAULT 'pending',
            "attempts" integer NOT NULL DEFAULT 0,
            "last_error" text,
            "leased_until" TIMESTAMP(3) WITH TIME ZONE,
            "sent_at" TIMESTAMP(3) WITH TIME ZONE,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "mail_messages_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "mail_messages_status_check" CHECK ("status" IN ('pending', 'sent', 'failed')),
            CONSTRAINT "mail_messages_language_check" CHECK ("language" IN ('ko', 'en')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "mail_messages_dedupe_key_key" ON "mail_messages" ("dedupe_key")`);
        await queryRunner.query(`CREATE INDEX "mail_messages_pending_idx" ON "mail_messages" ("created_at") WHERE "status" = 'pending'`);

        await queryRunner.query(`CREATE TABLE "invitations" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "agency_id" uuid NOT NULL REFERENCES "agencies" ("id") ON DELETE RESTRICT,
            "email" text NOT NULL,
            "name" text,
            "role" text NOT NULL,
            "language" text NOT NULL,
            "token_hash" text NOT NULL,
            "invited_by" uuid NOT NULL,
            "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
            "accepted_at" TIMESTAMP(3) WITH TIME ZONE,
            "revoked_at" TIMESTAMP(3) WITH TIME ZONE,
            "user_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
            "version" integer NOT NULL DEFAULT 1,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "invitations_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "invitations_role_check" CHECK ("role" IN ('staff', 'manager', 'admin')),
            CONSTRAINT "invitations_language_check" CHECK ("language" IN ('ko', 'en')),
            CONSTRAINT "invitations_email_lower_check" CHECK ("email" = lower("email")),
            CONSTRAINT "invitations_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" ("token_hash")`);
        await queryRunner.query(`CREATE INDEX "invitations_agency_id_created_at_id_idx" ON "invitations" ("agency_id", "created_at", "id")`);

        // password_fingerprint: SHA-256 of the user's password hash when the reset was asked for, so a
        // password changed by any means since refuses the link.
        await queryRunner.query(`CREATE TABLE "password_resets" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "agency_id" uuid NOT NULL REFERENCES "agencies" ("id") ON DELETE RESTRICT,
            "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
            "token_hash" text NOT NULL,
            "password_fingerprint" text NOT NULL,
            "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
            "used_at" TIMESTAMP(3) WITH TIME ZONE,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "password_resets_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "password_resets_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "password_resets_token_hash_key" ON "password_resets" ("token_hash")`);
        await queryRunner.query(`CREATE INDEX "password_resets_user_id_idx" ON "password_resets" ("user_id")`);

        // Audited like every record (CreatePartnerAccess's triggers): email, name and token hashes as changed, never by value.
        for (const [table, personal] of [['invitations', ['email', 'name', 'token_hash']], ['password_resets', ['token_hash', 'password_fingerprint']]] as const) {
            const args = personal.map((column) => `'${column}'`).join(', ');
            await queryRunner.query(`CREATE TRIGGER ${table}_audit AFTER UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_write(${args})`);
            await queryRunner.query(`CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_insert(${args})`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "password_resets"`);
        await queryRunner.query(`DROP TABLE "invitations"`);
        await queryRunner.query(`DROP TABLE "mail_messages"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_language_check"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
    }
}
