import type { MigrationInterface, QueryRunner } from "typeorm";

/** The headers an import skipped, with why, so no column of a file is dropped without a word. */
export class ImportIgnoredColumns1795912000000 implements MigrationInterface {
    name = 'ImportIgnoredColumns1795912000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imports" ADD "ignored_columns" jsonb NOT NULL DEFAULT '[]'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imports" DROP COLUMN "ignored_columns"`);
    }
}
