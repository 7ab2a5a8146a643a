import type { MigrationInterface, QueryRunner } from "typeorm";
import { oneOf } from "../src/common/columns.js";
import { LANGUAGES } from "../src/common/language.js";

/**
 * Companies have a language (`ko` or `en`, default `ko`: the exhibitors are Korean companies): their
 * follow-up questionnaires and emails are in it. The CHECK is built from the constant the DTOs
 * validate with (as the entity's @Check is), so the API and the database accept the same values; a
 * language added later still needs a migration that replaces the constraint on existing databases.
 */
export class CompanyLanguage1796700000000 implements MigrationInterface {
    name = 'CompanyLanguage1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "companies" ADD "language" text NOT NULL DEFAULT 'ko'`);
        await queryRunner.query(`ALTER TABLE "companies" ADD CONSTRAINT "companies_language_check" CHECK (${oneOf('language', LANGUAGES)})`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "companies" DROP CONSTRAINT "companies_language_check"`);
        await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "language"`);
    }
}
