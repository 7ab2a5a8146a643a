import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Outcomes as a subscriber of the change feed (issue 14), with the guarantee that a read shows
 * `stale: true` as soon as a write commits: the stale mark (outcome_changes) is written by a trigger
 * on change_events, in the write's own transaction, once per statement (from its transition table).
 * Write paths append what they wrote and know nothing of outcomes.
 *
 * Events that move outcome figures, the rule the services' own stale marks used to follow:
 * - every consultation, contract and participation event (counts, values, companies, buyers, days);
 * - fair.created (its all-zero outcome is computed like any other), and fair.updated when its time
 *   zone or dates changed (consultations move to other fair-local days);
 * - meeting.created, meeting.held and meeting.no_show (outcomes count requests, held and no-show);
 * - exchange_rate events: they carry no fair, and a deleted rate's row is gone, so the fairs are found
 *   from what is stored rather than from the rate: every live fair of the agency whose stored pinned
 *   home rate differs from the one now in force on its first day, that has no stored outcome yet, or
 *   that is already stale (a refresh under way may have read the rates before this write commits; the
 *   fresh mark outlives the marks it clears).
 * Nothing else: company, buyer and outcome events, and meetings' other steps, change no figure (and
 * outcome.updated, which the refresh itself appends, must not mark again).
 */
export class OutcomeMarksFromChangeFeed1796000000010 implements MigrationInterface {
    name = 'OutcomeMarksFromChangeFeed1796000000010'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Two shapes of one INSERT: the usual statement (no rate event) reads only its own events; one
        // with a rate event also looks at the agency's fairs, in the same INSERT, so a fair both rules
        // pick (the demo seed's new fair beside its new rates) gets one mark, as from any one write.
        await queryRunner.query(`
          CREATE FUNCTION outcome_marks_from_changes() RETURNS trigger LANGUAGE plpgsql AS $fn$
          BEGIN
            IF NOT EXISTS (SELECT 1 FROM appended WHERE record_type = 'exchange_rate') THEN
              INSERT INTO outcome_changes (agency_id, fair_id)
              SELECT DISTINCT e.agency_id, e.fair_id FROM appended e
               WHERE e.fair_id IS NOT NULL
                 AND (e.record_type IN ('consultation', 'contract', 'participation')
                      OR e.type IN ('fair.created', 'meeting.created', 'meeting.held', 'meeting.no_show')
                      OR (e.type = 'fair.updated' AND e.changed_fields && ARRAY['timezone', 'startsOn', 'endsOn']));
              RETURN NULL;
            END IF;
            INSERT INTO outcome_changes (agency_id, fair_id)
            SELECT DISTINCT agency_id, fair_id FROM (
              SELECT e.agency_id, e.fair_id FROM appended e
               WHERE e.fair_id IS NOT NULL
                 AND (e.record_type IN ('consultation', 'contract', 'participation')
                      OR e.type IN ('fair.created', 'meeting.created', 'meeting.held', 'meeting.no_show')
                      OR (e.type = 'fair.updated' AND e.changed_fields && ARRAY['timezone', 'startsOn', 'endsOn']))
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
          $fn$`);
        await queryRunner.query(`CREATE TRIGGER change_events_outcome_marks AFTER INSERT ON change_events
          REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION outcome_marks_from_changes()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER change_events_outcome_marks ON change_events`);
        await queryRunner.query(`DROP FUNCTION outcome_marks_from_changes()`);
    }
}
