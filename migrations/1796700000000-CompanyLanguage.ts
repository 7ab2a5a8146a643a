import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Companies have a language (`ko` or `en`, default `ko`: the exhibitors are Korean companies): their
 * follow-up questionnaires and emails are in it. The CHECK is written out, as a migration must not
 * change once applied; the entity's @Check is built from the constant the DTOs validate with
 * (common/language.ts), so a language added there needs a migration that replaces this constraint.
 */
export class CompanyLanguage1796700000000 implements MigrationInterface {
    name = 'CompanyLanguage1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "companies" ADD "language" text NOT NULL DEFAULT 'ko'`);
        await queryRunner.query(`ALTER TABLE "companies" ADD CONSTRAINT "companies_language_check" CHECK ("language" IN ('ko', 'en'))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "companies" DROP CONSTRAINT "companies_language_check"`);
        await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "language"`);
    }
}
