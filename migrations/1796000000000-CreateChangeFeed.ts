import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The change feed (issue 14): a transactional outbox every write of a tenant record appends to, and
 * one position per subscriber. Events are read in (tx_id, seq) order, and only from transactions
 * older than every transaction still running (pg_snapshot_xmin), so an event that commits late can
 * never fall behind a position a subscriber has already passed.
 */
export class CreateChangeFeed1796000000000 implements MigrationInterface {
    name = 'CreateChangeFeed1796000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "change_events" (
            "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "tx_id" xid8 NOT NULL DEFAULT pg_current_xact_id(),
            "agency_id" uuid NOT NULL,
            "fair_id" uuid,
            "record_type" text NOT NULL,
            "record_id" uuid NOT NULL,
            "version" integer,
            "type" text NOT NULL,
            "changed_fields" text[] NOT NULL DEFAULT '{}',
            "actor" text NOT NULL DEFAULT coalesce(nullif(current_setting('pavilion.actor', true), ''), 'system'),
            "data" jsonb,
            "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "change_events_pkey" PRIMARY KEY ("seq"),
            CONSTRAINT "change_events_id_key" UNIQUE ("id"),
            CONSTRAINT "change_events_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE
        )`);
        await queryRunner.query(`CREATE INDEX "change_events_tx_id_seq_idx" ON "change_events" ("tx_id", "seq")`);
        await queryRunner.query(`CREATE TABLE "change_positions" (
            "subscriber" text NOT NULL,
            "tx_id" xid8 NOT NULL DEFAULT '0',
            "seq" bigint NOT NULL DEFAULT 0,
            "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "change_positions_pkey" PRIMARY KEY ("subscriber")
        )`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "change_positions"`);
        await queryRunner.query(`DROP TABLE "change_events"`);
    }
}
