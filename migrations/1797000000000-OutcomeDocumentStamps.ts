import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What a rendered outcome answer (fair_outcome_documents) was made from, written with it, so that
 * `outcomes:reconcile` checks every document in one SQL statement and renders again in Node only
 * those whose stamps do not match (issue 16, BENCHMARKS.md "Reconcile"):
 * - `digest`: md5 of the text as written (an edit of the text since is seen);
 * - `renderer`: which rendering code wrote it (outcome-document.ts `RENDERER`; the sweep renders
 *   documents of another renderer again after a deploy that changes the answer);
 * - `source`: md5 of what the text shows besides the breakdowns, as SQL reads it at render time: the
 *   stored outcome row (its `computed_at` changes with every refresh), the fair's shown fields and the
 *   names of the breakdown's companies (outcome-refresh.repository.ts `documentSource`).
 * Null in documents written before this migration: the reconcile renders those again to check them,
 * and the sweep renders them again, which stamps them.
 */
export class OutcomeDocumentStamps1797000000000 implements MigrationInterface {
    name = 'OutcomeDocumentStamps1797000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "fair_outcome_documents" ADD "digest" text, ADD "renderer" text, ADD "source" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "fair_outcome_documents" DROP COLUMN "source", DROP COLUMN "renderer", DROP COLUMN "digest"`);
    }
}
