import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Webhooks (issue 14, part 2): partner endpoints, one delivery per event and endpoint, and each
 * delivery's attempts. PostgreSQL holds the whole delivery state (Redis only wakes the sender up).
 */
export class CreateWebhooks1796100000000 implements MigrationInterface {
    name = 'CreateWebhooks1796100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Signing secrets are AES-256-GCM ciphertexts (the sender needs them back), never plain.
        await queryRunner.query(`CREATE TABLE "webhook_endpoints" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "agency_id" uuid NOT NULL,
            "url" text NOT NULL,
            "description" text,
            "event_types" text[] NOT NULL,
            "fair_ids" uuid[],
            "scopes" text[] NOT NULL,
            "enabled" boolean NOT NULL DEFAULT true,
            "disabled_reason" text,
            "disabled_at" TIMESTAMP(3) WITH TIME ZONE,
            "secret_ciphertext" text NOT NULL,
            "previous_secret_ciphertext" text,
            "previous_secret_expires_at" TIMESTAMP(3) WITH TIME ZONE,
            "created_by" uuid NOT NULL,
            "version" integer NOT NULL DEFAULT 1,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "webhook_endpoints_agency_id_id_key" UNIQUE ("agency_id", "id"),
            CONSTRAINT "webhook_endpoints_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT
        )`);
        await queryRunner.query(`CREATE INDEX "webhook_endpoints_agency_id_created_at_id_idx" ON "webhook_endpoints" ("agency_id", "created_at", "id")`);
        // The change feed's subscriber asks, per batch, which agencies have an endpoint listening.
        await queryRunner.query(`CREATE INDEX "webhook_endpoints_enabled_agency_id_idx" ON "webhook_endpoints" ("agency_id") WHERE "enabled"`);

        // `seq` orders an endpoint's deliveries: the subscriber inserts them in feed order, and the
        // sender sends them in `seq` order, one at a time. The payload is stored as the exact bytes
        // sent, so every attempt (and a redelivery) of one event id carries the same body. `scope` is
        // what reading the event's record takes (null for test events) and `personal` says the payload
        // names changed personal fields (buyers:pii): an endpoint losing either is sent none of those.
        await queryRunner.query(`CREATE TABLE "webhook_deliveries" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
            "agency_id" uuid NOT NULL,
            "endpoint_id" uuid NOT NULL,
            "event_id" uuid NOT NULL,
            "event_type" text NOT NULL,
            "payload" text NOT NULL,
            "scope" text,
            "personal" boolean NOT NULL DEFAULT false,
            "status" text NOT NULL DEFAULT 'pending',
            "attempts" integer NOT NULL DEFAULT 0,
            "failures" integer NOT NULL DEFAULT 0,
            "first_failed_at" TIMESTAMP(3) WITH TIME ZONE,
            "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "locked_until" TIMESTAMP(3) WITH TIME ZONE,
            "delivered_at" TIMESTAMP(3) WITH TIME ZONE,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "webhook_deliveries_seq_key" UNIQUE ("seq"),
            CONSTRAINT "webhook_deliveries_endpoint_id_event_id_key" UNIQUE ("endpoint_id", "event_id"),
            CONSTRAINT "webhook_deliveries_status_check" CHECK ("status" IN ('pending', 'delivered', 'failed')),
            CONSTRAINT "webhook_deliveries_endpoint_fkey" FOREIGN KEY ("agency_id", "endpoint_id") REFERENCES "webhook_endpoints" ("agency_id", "id") ON DELETE CASCADE
        )`);
        await queryRunner.query(`CREATE INDEX "webhook_deliveries_endpoint_id_seq_idx" ON "webhook_deliveries" ("endpoint_id", "seq")`);
        await queryRunner.query(`CREATE INDEX "webhook_deliveries_pending_endpoint_id_seq_idx" ON "webhook_deliveries" ("endpoint_id", "seq") WHERE "status" = 'pending'`);
        await queryRunner.query(`CREATE INDEX "webhook_deliveries_pending_next_attempt_at_idx" ON "webhook_deliveries" ("next_attempt_at") WHERE "status" = 'pending'`);
        // The hourly purge of delivered rows older than WEBHOOK_LOG_RETENTION_DAYS.
        await queryRunner.query(`CREATE INDEX "webhook_deliveries_delivered_at_idx" ON "webhook_deliveries" ("delivered_at") WHERE "status" = 'delivered'`);

        await queryRunner.query(`CREATE TABLE "webhook_attempts" (
            "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
            "agency_id" uuid NOT NULL,
            "delivery_id" uuid NOT NULL,
            "attempted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
            "status_code" integer,
            "response_time_ms" integer NOT NULL,
            "response_body" text,
            "error" text,
            "retry_at" TIMESTAMP(3) WITH TIME ZONE,
            CONSTRAINT "webhook_attempts_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "webhook_attempts_delivery_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries" ("id") ON DELETE CASCADE
        )`);
        await queryRunner.query(`CREATE INDEX "webhook_attempts_delivery_id_id_idx" ON "webhook_attempts" ("delivery_id", "id")`);

        // Endpoints are audited like every record (the audit_write trigger of CreatePartnerAccess),
        // their secrets as changed, never by value; disabling by the worker is audited as `system`.
        // Deliveries and attempts are the sender's bookkeeping, shown in the delivery log instead.
        const secrets = `'secret_ciphertext', 'previous_secret_ciphertext'`;
        await queryRunner.query(`CREATE TRIGGER webhook_endpoints_audit AFTER UPDATE OR DELETE ON webhook_endpoints FOR EACH ROW EXECUTE FUNCTION audit_write(${secrets})`);
        await queryRunner.query(`CREATE TRIGGER webhook_endpoints_audit_insert AFTER INSERT ON webhook_endpoints REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_insert(${secrets})`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER webhook_endpoints_audit_insert ON webhook_endpoints`);
        await queryRunner.query(`DROP TRIGGER webhook_endpoints_audit ON webhook_endpoints`);
        await queryRunner.query(`DROP TABLE "webhook_attempts"`);
        await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
        await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
    }
}
