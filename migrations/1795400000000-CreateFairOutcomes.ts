import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateFairOutcomes1795400000000 implements MigrationInterface {
    name = 'CreateFairOutcomes1795400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "fair_outcomes" ("agency_id" uuid NOT NULL, "consultations_count" integer NOT NULL DEFAULT '0', "consultations_value_usd" numeric(24,2) NOT NULL, "signed_count" integer NOT NULL DEFAULT '0', "signed_value_usd" numeric(24,2) NOT NULL, "expected_count" integer NOT NULL DEFAULT '0', "expected_value_usd" numeric(24,2) NOT NULL, "fair_id" uuid NOT NULL, "companies" integer NOT NULL DEFAULT '0', "buyers" integer NOT NULL DEFAULT '0', "countries" integer NOT NULL DEFAULT '0', "home_currency" character(3) NOT NULL, "home_rate" numeric(18,6), "home_rate_date" date, "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_556ad01ffcef572142449a18e1a" PRIMARY KEY ("fair_id"))`);
        await queryRunner.query(`CREATE INDEX "fair_outcomes_agency_id_idx" ON "fair_outcomes"  ("agency_id") `);
        await queryRunner.query(`CREATE TABLE "fair_outcome_companies" ("agency_id" uuid NOT NULL, "consultations_count" integer NOT NULL DEFAULT '0', "consultations_value_usd" numeric(24,2) NOT NULL, "signed_count" integer NOT NULL DEFAULT '0', "signed_value_usd" numeric(24,2) NOT NULL, "expected_count" integer NOT NULL DEFAULT '0', "expected_value_usd" numeric(24,2) NOT NULL, "fair_id" uuid NOT NULL, "company_id" uuid NOT NULL, CONSTRAINT "PK_ae935b2b233899a7d13e17ea17e" PRIMARY KEY ("fair_id", "company_id"))`);
        await queryRunner.query(`CREATE TABLE "fair_outcome_countries" ("agency_id" uuid NOT NULL, "consultations_count" integer NOT NULL DEFAULT '0', "consultations_value_usd" numeric(24,2) NOT NULL, "signed_count" integer NOT NULL DEFAULT '0', "signed_value_usd" numeric(24,2) NOT NULL, "expected_count" integer NOT NULL DEFAULT '0', "expected_value_usd" numeric(24,2) NOT NULL, "fair_id" uuid NOT NULL, "country" character(2) NOT NULL, CONSTRAINT "PK_12ff44939eb84541af653c96beb" PRIMARY KEY ("fair_id", "country"))`);
        await queryRunner.query(`CREATE TABLE "fair_outcome_days" ("agency_id" uuid NOT NULL, "consultations_count" integer NOT NULL DEFAULT '0', "consultations_value_usd" numeric(24,2) NOT NULL, "signed_count" integer NOT NULL DEFAULT '0', "signed_value_usd" numeric(24,2) NOT NULL, "expected_count" integer NOT NULL DEFAULT '0', "expected_value_usd" numeric(24,2) NOT NULL, "fair_id" uuid NOT NULL, "day" date NOT NULL, CONSTRAINT "PK_216b865c5ff5c6d3917619658e7" PRIMARY KEY ("fair_id", "day"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "fair_outcome_days"`);
        await queryRunner.query(`DROP TABLE "fair_outcome_countries"`);
        await queryRunner.query(`DROP TABLE "fair_outcome_companies"`);
        await queryRunner.query(`DROP INDEX "public"."fair_outcomes_agency_id_idx"`);
        await queryRunner.query(`DROP TABLE "fair_outcomes"`);
    }

}
