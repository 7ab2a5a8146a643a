import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The outcome read's answer, rendered when the outcome is refreshed (issue 16): `GET
 * /v1/fairs/{fairId}/outcomes` becomes one primary-key read of this row instead of a 30-column row
 * with four aggregated breakdowns, rebuilt and re-serialised on every request. The answer is stored
 * as its JSON text in two parts, `head` up to the `stale` value and `tail` after it: staleness is
 * the one field a write changes without a refresh, so the read fills it in from `outcome_changes`.
 *
 * A document is a cache of what the stored rows render to, never the only copy: where none is stored
 * the read renders the stored rows as before. So it only has to be dropped whenever what it shows
 * could change without a refresh, which the triggers below do in the writing transaction:
 * - the fair's own fields it shows (name, series, year, country, kind, dates), its deletion (soft or
 *   hard) or a move to another agency;
 * - a company's name or local name, for every fair whose breakdown lists the company (a rare edit:
 *   `fair_outcome_companies` has no index by company, and is scanned);
 * - a refresh that recomputes the rows renders the document again from them before it commits.
 * The worker renders the dropped documents again (the outcome subscriber, on fair and company
 * events; the sweeper for any left). Existing outcomes get theirs the same way: the first sweep after
 * this migration finds every stored outcome without a document.
 *
 * Documents of a few kilobytes stay in the row rather than being compressed into TOAST: the read
 * costs one heap fetch, with nothing to decompress.
 */
export class FairOutcomeDocuments1796800000000 implements MigrationInterface {
    name = 'FairOutcomeDocuments1796800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "fair_outcome_documents" (
            "agency_id" uuid NOT NULL,
            "fair_id" uuid NOT NULL,
            "head" text NOT NULL,
            "tail" text NOT NULL,
            CONSTRAINT "fair_outcome_documents_pkey" PRIMARY KEY ("agency_id", "fair_id"))
          WITH (toast_tuple_target = 8160)`);

        await queryRunner.query(`
          CREATE FUNCTION fair_outcome_documents_drop_for_fair() RETURNS trigger LANGUAGE plpgsql AS $fn$
          BEGIN
            DELETE FROM fair_outcome_documents WHERE agency_id = OLD.agency_id AND fair_id = OLD.id;
            RETURN NULL;
          END
          $fn$`);
        await queryRunner.query(`CREATE TRIGGER fairs_outcome_document AFTER UPDATE ON fairs FOR EACH ROW
          WHEN ((OLD.agency_id, OLD.name, OLD.series, OLD.year, OLD.country, OLD.kind, OLD.starts_on, OLD.ends_on, OLD.deleted_at)
                IS DISTINCT FROM (NEW.agency_id, NEW.name, NEW.series, NEW.year, NEW.country, NEW.kind, NEW.starts_on, NEW.ends_on, NEW.deleted_at))
          EXECUTE FUNCTION fair_outcome_documents_drop_for_fair()`);
        await queryRunner.query(`CREATE TRIGGER fairs_outcome_document_delete AFTER DELETE ON fairs FOR EACH ROW
          EXECUTE FUNCTION fair_outcome_documents_drop_for_fair()`);

        await queryRunner.query(`
          CREATE FUNCTION fair_outcome_documents_drop_for_company() RETURNS trigger LANGUAGE plpgsql AS $fn$
          BEGIN
            DELETE FROM fair_outcome_documents d
             USING fair_outcome_companies b
             WHERE b.agency_id = OLD.agency_id AND b.company_id = OLD.id
               AND d.agency_id = b.agency_id AND d.fair_id = b.fair_id;
            RETURN NULL;
          END
          $fn$`);
        await queryRunner.query(`CREATE TRIGGER companies_outcome_document AFTER UPDATE ON companies FOR EACH ROW
          WHEN ((OLD.agency_id, OLD.name, OLD.local_name) IS DISTINCT FROM (NEW.agency_id, NEW.name, NEW.local_name))
          EXECUTE FUNCTION fair_outcome_documents_drop_for_company()`);
        await queryRunner.query(`CREATE TRIGGER companies_outcome_document_delete AFTER DELETE ON companies FOR EACH ROW
          EXECUTE FUNCTION fair_outcome_documents_drop_for_company()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER companies_outcome_document_delete ON companies`);
        await queryRunner.query(`DROP TRIGGER companies_outcome_document ON companies`);
        await queryRunner.query(`DROP FUNCTION fair_outcome_documents_drop_for_company()`);
        await queryRunner.query(`DROP TRIGGER fairs_outcome_document_delete ON fairs`);
        await queryRunner.query(`DROP TRIGGER fairs_outcome_document ON fairs`);
        await queryRunner.query(`DROP FUNCTION fair_outcome_documents_drop_for_fair()`);
        await queryRunner.query(`DROP TABLE "fair_outcome_documents"`);
    }
}
