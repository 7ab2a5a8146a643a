import type { MigrationInterface, QueryRunner } from "typeorm";

/** The funnel measures fair and company outcomes gain (issue 15). */
const FUNNEL_COLUMNS = `
  ADD "consultations_after_count" integer NOT NULL DEFAULT 0,
  ADD "consultations_after_value_usd" numeric(24,2) NOT NULL DEFAULT 0,
  ADD "hot_leads" integer NOT NULL DEFAULT 0,
  ADD "provisional_count" integer NOT NULL DEFAULT 0,
  ADD "provisional_value_usd" numeric(24,2) NOT NULL DEFAULT 0,
  ADD "signed_later_count" integer NOT NULL DEFAULT 0,
  ADD "signed_later_value_usd" numeric(24,2) NOT NULL DEFAULT 0,
  ADD "shipped_count" integer NOT NULL DEFAULT 0,
  ADD "shipped_value_usd" numeric(24,2) NOT NULL DEFAULT 0`;

/** The outcome stale-mark rule of 1796000000010, with shipments among the records that move figures. */
const MOVES_FIGURES = `(e.record_type IN ('consultation', 'contract', 'participation', 'shipment')
                      OR e.type IN ('fair.created', 'meeting.created', 'meeting.held', 'meeting.no_show')
                      OR (e.type = 'fair.updated' AND e.changed_fields && ARRAY['timezone', 'startsOn', 'endsOn']))`;

function marksFunction(movesFigures: string): string {
    return `
      CREATE OR REPLACE FUNCTION outcome_marks_from_changes() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM appended WHERE record_type = 'exchange_rate') THEN
          INSERT INTO outcome_changes (agency_id, fair_id)
          SELECT DISTINCT e.agency_id, e.fair_id FROM appended e
           WHERE e.fair_id IS NOT NULL AND ${movesFigures};
          RETURN NULL;
        END IF;
        INSERT INTO outcome_changes (agency_id, fair_id)
        SELECT DISTINCT agency_id, fair_id FROM (
          SELECT e.agency_id, e.fair_id FROM appended e
           WHERE e.fair_id IS NOT NULL AND ${movesFigures}
          UNION ALL
          SELECT f.agency_id, f.id
            FROM fairs f
            JOIN agencies a ON a.id = f.agency_id
            LEFT JOIN fair_outcomes o ON o.fair_id = f.id AND o.agency_id = f.agency_id
            LEFT JOIN LATERAL (
              SELECT r.units_per_usd, r.rate_date FROM exchange_rates r
               WHERE r.agency_id = f.agency_id AND r.currency = a.home_currency AND r.rate_date <= f.starts_on
               ORDER BY r.rate_date DESC LIMIT 1) pin ON true
           WHERE f.agency_id IN (SELECT agency_id FROM appended WHERE record_type = 'exchange_rate')
             AND f.deleted_at IS NULL
             AND (o.fair_id IS NULL
                  OR (o.home_rate, o.home_rate_date) IS DISTINCT FROM (pin.units_per_usd, pin.rate_date)
                  OR EXISTS (SELECT 1 FROM outcome_changes m WHERE m.agency_id = f.agency_id AND m.fair_id = f.id))
        ) AS marks;
        RETURN NULL;
      END
      $fn$`;
}

/**
 * After the fair (issue 15, records and funnel):
 * - contracts may be `provisional` (가계약) and carry the follow-up round they were reported in
 *   (`reported_round_id`; the follow-up rounds' migration adds its foreign key);
 * - consultations gain `video` (after the fair), a lead rating, a next step and a follow-up due date;
 * - shipments (realized exports) belong to a contract, of the same agency and fair (one composite
 *   foreign key says both), with frozen USD values like every amount, evidence and an audited
 *   verification;
 * - outcomes store the funnel per fair and company, and signings and shipments by month since the fair.
 */
export class CreateShipmentsAndFunnel1796400000000 implements MigrationInterface {
    name = 'CreateShipmentsAndFunnel1796400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "contracts_status_check"`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD CONSTRAINT "contracts_status_check" CHECK ("status" IN ('expected', 'provisional', 'signed', 'cancelled'))`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD "reported_round_id" uuid`);
        await queryRunner.query(`CREATE UNIQUE INDEX "contracts_agency_id_id_fair_id_key" ON "contracts" ("agency_id", "id", "fair_id")`);

        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "consultations_type_check"`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "consultations_type_check" CHECK ("type" IN ('booth', 'interpreted', 'video'))`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD "rating" text, ADD "next_step" text, ADD "follow_up_due" date`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "consultations_rating_check" CHECK ("rating" IN ('hot', 'warm', 'cold'))`);

        await queryRunner.query(`CREATE TABLE "shipments" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "version" integer NOT NULL,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            "deleted_at" TIMESTAMP(3) WITH TIME ZONE,
            "contract_id" uuid NOT NULL, "fair_id" uuid NOT NULL, "shipped_on" date NOT NULL,
            "value_amount" numeric(18,2) NOT NULL, "value_currency" character(3) NOT NULL, "value_usd" numeric(18,2) NOT NULL,
            "rate_units_per_usd" numeric(18,6), "rate_date" date,
            "evidence" text NOT NULL DEFAULT 'self_reported',
            "document_key" text, "document_name" text, "document_type" text, "document_bytes" bigint, "document_sha256" text,
            "verified_by" uuid, "verified_at" TIMESTAMP(3) WITH TIME ZONE,
            "note" text, "created_by" uuid, "reported_round_id" uuid,
            CONSTRAINT "shipments_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "shipments_evidence_check" CHECK ("evidence" IN ('self_reported', 'document', 'verified')),
            CONSTRAINT "shipments_document_check" CHECK ("evidence" <> 'document' OR "document_key" IS NOT NULL),
            CONSTRAINT "shipments_verified_check" CHECK (("evidence" = 'verified') = ("verified_at" IS NOT NULL)),
            CONSTRAINT "shipments_value_check" CHECK ("value_amount" >= 0),
            CONSTRAINT "shipments_agency_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT,
            CONSTRAINT "shipments_contract_fkey" FOREIGN KEY ("agency_id", "contract_id", "fair_id")
              REFERENCES "contracts"("agency_id", "id", "fair_id") ON DELETE RESTRICT)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "shipments_agency_id_id_key" ON "shipments" ("agency_id", "id")`);
        await queryRunner.query(`CREATE INDEX "shipments_agency_id_created_at_id_idx" ON "shipments" ("agency_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "shipments_agency_id_fair_id_created_at_id_idx" ON "shipments" ("agency_id", "fair_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "shipments_agency_id_contract_id_created_at_id_idx" ON "shipments" ("agency_id", "contract_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE TRIGGER shipments_audit AFTER UPDATE OR DELETE ON shipments FOR EACH ROW EXECUTE FUNCTION audit_write()`);
        await queryRunner.query(`CREATE TRIGGER shipments_audit_insert AFTER INSERT ON shipments REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_insert()`);

        await queryRunner.query(`ALTER TABLE "fair_outcomes" ${FUNNEL_COLUMNS}`);
        await queryRunner.query(`ALTER TABLE "fair_outcome_companies" ${FUNNEL_COLUMNS}`);
        await queryRunner.query(`CREATE TABLE "fair_outcome_months" (
            "fair_id" uuid NOT NULL, "month" integer NOT NULL, "agency_id" uuid NOT NULL,
            "signed_count" integer NOT NULL DEFAULT 0, "signed_value_usd" numeric(24,2) NOT NULL DEFAULT 0,
            "shipped_count" integer NOT NULL DEFAULT 0, "shipped_value_usd" numeric(24,2) NOT NULL DEFAULT 0,
            CONSTRAINT "fair_outcome_months_pkey" PRIMARY KEY ("fair_id", "month"))`);

        await queryRunner.query(marksFunction(MOVES_FIGURES));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(marksFunction(MOVES_FIGURES.replace(", 'shipment'", '')));
        await queryRunner.query(`DROP TABLE "fair_outcome_months"`);
        for (const table of ['fair_outcome_companies', 'fair_outcomes']) {
            await queryRunner.query(`ALTER TABLE "${table}" ${FUNNEL_COLUMNS.replace(/ADD ("[a-z_]+").*$/gm, 'DROP $1,').replace(/,\s*$/, '')}`);
        }
        await queryRunner.query(`DROP TABLE "shipments"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "consultations_rating_check"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP "follow_up_due", DROP "next_step", DROP "rating"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "consultations_type_check"`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "consultations_type_check" CHECK ("type" IN ('booth', 'interpreted'))`);
        await queryRunner.query(`DROP INDEX "public"."contracts_agency_id_id_fair_id_key"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP "reported_round_id"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "contracts_status_check"`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD CONSTRAINT "contracts_status_check" CHECK ("status" IN ('expected', 'signed', 'cancelled'))`);
    }
}
