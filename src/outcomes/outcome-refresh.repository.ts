import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BY_COMPANY_SQL, BY_COUNTRY_SQL, BY_DAY_SQL, TOTALS_SQL } from './outcome-sql.js';

const MEASURES = 'consultations_count, consultations_value_usd, signed_count, signed_value_usd, expected_count, expected_value_usd';

export interface RefreshResult {
  /** Stale marks this refresh accounted for and cleared. */
  cleared: number;
  /** False when there was nothing to do (no marks and an outcome already stored). */
  computed: boolean;
}

/**
 * Recomputes a fair's outcome from the source rows and stores it. Idempotent and safe under duplicate
 * or concurrent delivery: refreshes of one fair are serialised by an advisory lock, and only the stale
 * marks that were visible before the computation are cleared — a write committing meanwhile keeps its
 * mark, so the fair stays stale and gets another refresh.
 */
@Injectable()
export class OutcomeRefreshRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `force` recomputes even when no stale mark asks for it (reconcile's repair). */
  refresh(agencyId: string, fairId: string, force = false): Promise<RefreshResult> {
    return this.dataSource.transaction(async (manager) => {
      // A worker frozen while holding the lock must not block the others forever: they fail and retry.
      await manager.query("SET LOCAL lock_timeout = '10s'");
      await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('outcomes:' || $1, 0))", [fairId]);

      const [{ ids }] = await manager.query<{ ids: string[] | null }[]>(
        'SELECT array_agg(id) AS ids FROM outcome_changes WHERE agency_id = $1 AND fair_id = $2',
        [agencyId, fairId],
      );
      const marks = ids ?? [];
      const [fair] = await manager.query<{ starts_on: string; home_currency: string; stored: boolean }[]>(
        `SELECT f.starts_on::text, a.home_currency, EXISTS (SELECT 1 FROM fair_outcomes o WHERE o.fair_id = f.id) AS stored
           FROM fairs f JOIN agencies a ON a.id = f.agency_id
          WHERE f.agency_id = $1 AND f.id = $2`,
        [agencyId, fairId],
      );
      if (!fair) {
        // No such fair in this agency (a forged or stale payload): nothing to compute, nothing to keep.
        await this.clear(manager, marks);
        return { cleared: marks.length, computed: false };
      }
      if (marks.length === 0 && fair.stored && !force) return { cleared: 0, computed: false };

      await this.storeTotals(manager, agencyId, fairId, fair.starts_on, fair.home_currency);
      await this.storeBreakdown(manager, 'fair_outcome_companies', 'company_id', BY_COMPANY_SQL, agencyId, fairId);
      await this.storeBreakdown(manager, 'fair_outcome_countries', 'country', BY_COUNTRY_SQL, agencyId, fairId);
      await this.storeBreakdown(manager, 'fair_outcome_days', 'day', BY_DAY_SQL, agencyId, fairId);
      await this.clear(manager, marks);
      return { cleared: marks.length, computed: true };
    });
  }

  private async storeTotals(manager: EntityManager, agencyId: string, fairId: string, startsOn: string, homeCurrency: string): Promise<void> {
    await manager.query(
      `INSERT INTO fair_outcomes (fair_id, agency_id, ${MEASURES}, companies, buyers, countries,
                                  home_currency, home_rate, home_rate_date, computed_at)
       SELECT $2, $1, ${MEASURES}, companies, buyers, countries, $4, r.units_per_usd, r.rate_date, now()
         FROM (${TOTALS_SQL}) t
         LEFT JOIN LATERAL (
           SELECT units_per_usd, rate_date FROM exchange_rates
            WHERE agency_id = $1 AND currency = $4 AND rate_date <= $3::date
            ORDER BY rate_date DESC LIMIT 1) r ON true
       ON CONFLICT (fair_id) DO UPDATE SET
         consultations_count = EXCLUDED.consultations_count, consultations_value_usd = EXCLUDED.consultations_value_usd,
         signed_count = EXCLUDED.signed_count, signed_value_usd = EXCLUDED.signed_value_usd,
         expected_count = EXCLUDED.expected_count, expected_value_usd = EXCLUDED.expected_value_usd,
         companies = EXCLUDED.companies, buyers = EXCLUDED.buyers, countries = EXCLUDED.countries,
         home_currency = EXCLUDED.home_currency, home_rate = EXCLUDED.home_rate,
         home_rate_date = EXCLUDED.home_rate_date, computed_at = EXCLUDED.computed_at`,
      [agencyId, fairId, startsOn, homeCurrency],
    );
  }

  private async storeBreakdown(manager: EntityManager, table: string, keyColumn: string, sql: string, agencyId: string, fairId: string): Promise<void> {
    await manager.query(`DELETE FROM ${table} WHERE fair_id = $1`, [fairId]);
    await manager.query(
      `INSERT INTO ${table} (fair_id, agency_id, ${keyColumn}, ${MEASURES})
       SELECT $2, $1, key, ${MEASURES} FROM (${sql}) m`,
      [agencyId, fairId],
    );
  }

  private async clear(manager: EntityManager, marks: string[]): Promise<void> {
    if (marks.length > 0) await manager.query('DELETE FROM outcome_changes WHERE id = ANY($1::bigint[])', [marks]);
  }

  /** Fairs with stale marks older than `graceMs` (younger ones have a refresh on its way). */
  async staleFairs(graceMs: number): Promise<{ agencyId: string; fairId: string }[]> {
    const rows = await this.dataSource.query<{ agency_id: string; fair_id: string }[]>(
      `SELECT agency_id, fair_id FROM outcome_changes
        GROUP BY agency_id, fair_id
       HAVING min(changed_at) < now() - make_interval(secs => $1::double precision / 1000)`,
      [graceMs],
    );
    return rows.map((row) => ({ agencyId: row.agency_id, fairId: row.fair_id }));
  }
}
