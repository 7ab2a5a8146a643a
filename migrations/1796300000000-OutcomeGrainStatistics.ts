import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * How many distinct (fair, company, country, day, buyer) groups the records hold, so the planner
 * sizes the outcome aggregation's finest-grain GROUP BY correctly. Without it PostgreSQL multiplies
 * the columns' own distinct counts, expects about one group per row, and aggregates every
 * consultation in one process; with it the aggregation runs in parallel workers (reconcile: see
 * BENCHMARKS.md). ANALYZE (autovacuum's, or the migration's below) fills them.
 */
export class OutcomeGrainStatistics1796300000000 implements MigrationInterface {
    name = 'OutcomeGrainStatistics1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE STATISTICS "consultations_outcome_grain" (ndistinct) ON agency_id, fair_id, company_id, buyer_country, local_date, buyer_id FROM "consultations"`);
        await queryRunner.query(`CREATE STATISTICS "contracts_outcome_grain" (ndistinct) ON agency_id, fair_id, company_id, buyer_country, signed_on, buyer_id FROM "contracts"`);
        await queryRunner.query(`ANALYZE "consultations", "contracts"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP STATISTICS "contracts_outcome_grain"`);
        await queryRunner.query(`DROP STATISTICS "consultations_outcome_grain"`);
    }
}
