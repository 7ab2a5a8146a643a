import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The live consultations in the order of the outcome SQL's finest grain (fair, company, country, day,
 * buyer), with what it sums and filters on, so that the grain is read from this index alone, in
 * order, and grouped as it streams by, instead of every row being hashed into one of tens of
 * thousands of groups (most of `outcomes:reconcile`'s time: issue 16, BENCHMARKS.md "Reconcile").
 * Fair first, so that a range of fair ids is a range of the index: the reconcile reads all fairs in
 * slices of fair ids, one per process; a fair's refresh reads its own range (agency_id is included
 * for its agency condition).
 *
 * Costs: about 150 bytes a live consultation as inserts leave it (150 MB for 1M rows), one more index
 * to maintain on every write, and an update that changes an included column (value, type, rating) is
 * no longer HOT.
 */
export class OutcomeGrainIndex1796900000000 implements MigrationInterface {
    name = 'OutcomeGrainIndex1796900000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "consultations_outcome_grain_idx" ON "consultations" ("fair_id", "company_id", "buyer_country", "local_date", "buyer_id") INCLUDE ("agency_id", "estimated_usd", "type", "rating") WHERE "deleted_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "consultations_outcome_grain_idx"`);
    }
}
