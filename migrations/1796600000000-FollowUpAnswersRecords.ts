import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A follow-up answer records what the company reports as real records (issue 15): later contracts
 * (signed or provisional), provisional contracts confirmed as signed, and shipments. Each record keeps
 * the round it was reported in (`reported_round_id`, now a foreign key within the agency), and the
 * answer keeps the ids of what it recorded.
 */
export class FollowUpAnswersRecords1796600000000 implements MigrationInterface {
    name = 'FollowUpAnswersRecords1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "follow_up_responses" ADD "confirmed_contract_ids" uuid[] NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "follow_up_responses" ADD "shipment_ids" uuid[] NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD CONSTRAINT "contracts_reported_round_fkey" FOREIGN KEY ("agency_id", "reported_round_id") REFERENCES "follow_up_rounds"("agency_id", "id") ON DELETE RESTRICT`);
        await queryRunner.query(`ALTER TABLE "shipments" ADD CONSTRAINT "shipments_reported_round_fkey" FOREIGN KEY ("agency_id", "reported_round_id") REFERENCES "follow_up_rounds"("agency_id", "id") ON DELETE RESTRICT`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "shipments" DROP CONSTRAINT "shipments_reported_round_fkey"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "contracts_reported_round_fkey"`);
        await queryRunner.query(`ALTER TABLE "follow_up_responses" DROP "shipment_ids"`);
        await queryRunner.query(`ALTER TABLE "follow_up_responses" DROP "confirmed_contract_ids"`);
    }
}
