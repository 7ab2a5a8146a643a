import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sessions: refresh tokens (only their SHA-256 is kept) in rotation families, and a per-user session
 * version that every access token carries, so a password change, a disable or a role change ends the
 * user's older access tokens at once.
 */
export class CreateSessions1795850000000 implements MigrationInterface {
    name = 'CreateSessions1795850000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT 0`);
        await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL REFERENCES "agencies" ("id") ON DELETE RESTRICT, "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "session_version" integer NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "replaced_by" uuid REFERENCES "refresh_tokens" ("id") ON DELETE SET NULL, "rotated_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "refresh_tokens_pkey" PRIMARY KEY ("id"), CONSTRAINT "refresh_tokens_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens" ("token_hash")`);
        await queryRunner.query(`CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens" ("family_id")`);
        await queryRunner.query(`CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens" ("user_id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "refresh_tokens"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "session_version"`);
    }
}
