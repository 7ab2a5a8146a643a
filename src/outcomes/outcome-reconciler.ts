import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BY_COMPANY_SQL, BY_COUNTRY_SQL, BY_DAY_SQL, TOTALS_SQL } from './outcome-sql.js';
import { OutcomeRefreshRepository } from './outcome-refresh.repository.js';

// Money compared as numeric(24,2) text on both sides, so 0 and 0.00 are the same value.
const MEASURES = `consultations_count, consultations_value_usd::numeric(24,2)::text AS consultations_value_usd,
  signed_count, signed_value_usd::numeric(24,2)::text AS signed_value_usd,
  expected_count, expected_value_usd::numeric(24,2)::text AS expected_value_usd`;

/** Each part of a stored outcome, next to the same part computed from the source rows. */
const PARTS = [
  {
    part: 'totals',
    computed: `SELECT 'fair' AS key, ${MEASURES}, companies, buyers, countries FROM (${TOTALS_SQL}) t`,
    stored: `SELECT 'fair' AS key, ${MEASURES}, companies, buyers, countries FROM fair_outcomes WHERE agency_id = $1 AND fair_id = $2`,
  },
  {
    part: 'byCompany',
    computed: `SELECT key::text, ${MEASURES} FROM (${BY_COMPANY_SQL}) m`,
    stored: `SELECT company_id::text AS key, ${MEASURES} FROM fair_outcome_companies WHERE agency_id = $1 AND fair_id = $2`,
  },
  {
    part: 'byCountry',
    computed: `SELECT key::text, ${MEASURES} FROM (${BY_COUNTRY_SQL}) m`,
    stored: `SELECT country::text AS key, ${MEASURES} FROM fair_outcome_countries WHERE agency_id = $1 AND fair_id = $2`,
  },
  {
    part: 'byDay',
    computed: `SELECT key::text, ${MEASURES} FROM (${BY_DAY_SQL}) m`,
    stored: `SELECT day::text AS key, ${MEASURES} FROM fair_outcome_days WHERE agency_id = $1 AND fair_id = $2`,
  },
] as const;

export interface Difference {
  part: (typeof PARTS)[number]['part'];
  key: string;
  stored: Record<string, unknown> | null;
  computed: Record<string, unknown> | null;
}

export interface ReconcileReport {
  fairsChecked: number;
  fairsDiffering: number;
  repaired: number;
  differences: { agencyId: string; fairId: string; differences: Difference[] }[];
}

/**
 * `outcomes:reconcile`: compares every stored outcome with the source rows, part by part and key by
 * key (SQL EXCEPT both ways), reports each difference and repairs the fair by recomputing it.
 */
@Injectable()
export class OutcomeReconciler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refresh: OutcomeRefreshRepository,
  ) {}

  async reconcile(options: { fairId?: string; repair: boolean }): Promise<ReconcileReport> {
    const fairs = await this.dataSource.query<{ agency_id: string; id: string }[]>(
      `SELECT agency_id, id FROM fairs WHERE deleted_at IS NULL ${options.fairId ? 'AND id = $1' : ''} ORDER BY agency_id, id`,
      options.fairId ? [options.fairId] : [],
    );
    const report: ReconcileReport = { fairsChecked: fairs.length, fairsDiffering: 0, repaired: 0, differences: [] };
    for (const fair of fairs) {
      const differences = await this.compare(fair.agency_id, fair.id);
      if (differences.length === 0) continue;
      report.fairsDiffering++;
      report.differences.push({ agencyId: fair.agency_id, fairId: fair.id, differences });
      if (options.repair) {
        await this.refresh.refresh(fair.agency_id, fair.id, true);
        report.repaired++;
      }
    }
    return report;
  }

  private async compare(agencyId: string, fairId: string): Promise<Difference[]> {
    const differences: Difference[] = [];
    for (const { part, computed, stored } of PARTS) {
      const rows = await this.dataSource.query<{ side: 'stored' | 'computed'; key: string }[]>(
        // Each side computed once, then compared both ways.
        `WITH computed AS MATERIALIZED (${computed}), stored AS MATERIALIZED (${stored})
         (SELECT 'computed' AS side, * FROM (TABLE computed EXCEPT TABLE stored) a)
         UNION ALL
         (SELECT 'stored' AS side, * FROM (TABLE stored EXCEPT TABLE computed) b)`,
        [agencyId, fairId],
      );
      const keys = [...new Set(rows.map((row) => row.key))];
      for (const key of keys) {
        const pick = (side: 'stored' | 'computed') => {
          const row = rows.find((candidate) => candidate.key === key && candidate.side === side);
          if (!row) return null;
          const { side: _side, key: _key, ...values } = row;
          return values;
        };
        differences.push({ part, key, stored: pick('stored'), computed: pick('computed') });
      }
    }
    return differences;
  }
}
