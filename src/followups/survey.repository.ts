import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';

export interface RoundSurveyRow {
  round_id: string;
  sequence: number;
  months_after: number;
  opens_at: Date;
  opened_at: Date | null;
  opened_on: string | null;
  companies: number;
  responses: number;
  response_rate: string;
  average_satisfaction: string | null;
  satisfaction_counts: number[];
  would_exhibit_again: number;
  would_exhibit_again_share: string | null;
  contracts_signed: number;
  contracts_expected: number;
  shipments: number;
}

export interface ReportedValueRow {
  round_id: string;
  figure: 'contracts_signed' | 'contracts_expected' | 'shipments';
  currency: string;
  amount: string;
}

/** Survey figures per round of a fair, computed in SQL (averages, shares and money sums exact). */
@Injectable()
export class SurveyRepository {
  constructor(private readonly transactions: Transactions) {}

  async fairExists(agencyId: string, fairId: string): Promise<boolean> {
    const rows = await this.transactions.manager.query<unknown[]>(`SELECT 1 FROM fairs WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL`, [
      agencyId,
      fairId,
    ]);
    return rows.length > 0;
  }

  rounds(agencyId: string, fairId: string): Promise<RoundSurveyRow[]> {
    return this.transactions.manager.query<RoundSurveyRow[]>(
      `WITH asked AS (
         SELECT round_id, count(*)::int AS n FROM follow_up_questionnaires WHERE agency_id = $1 AND fair_id = $2 GROUP BY round_id),
       answered AS (
         SELECT round_id, count(*)::int AS n, round(avg(satisfaction), 2)::text AS average_satisfaction,
                ARRAY[count(*) FILTER (WHERE satisfaction = 1), count(*) FILTER (WHERE satisfaction = 2), count(*) FILTER (WHERE satisfaction = 3),
                      count(*) FILTER (WHERE satisfaction = 4), count(*) FILTER (WHERE satisfaction = 5)]::int[] AS satisfaction_counts,
                count(*) FILTER (WHERE would_exhibit_again)::int AS would_exhibit_again,
                sum(contracts_signed_count)::int AS contracts_signed, sum(contracts_expected_count)::int AS contracts_expected,
                sum(shipments_count)::int AS shipments
           FROM follow_up_responses WHERE agency_id = $1 AND fair_id = $2 GROUP BY round_id)
       SELECT r.id AS round_id, r.sequence, r.months_after, r.opens_at, r.opened_at,
              to_char(r.opened_at AT TIME ZONE f.timezone, 'YYYY-MM-DD') AS opened_on,
              coalesce(asked.n, 0) AS companies, coalesce(answered.n, 0) AS responses,
              coalesce(round(answered.n::numeric / nullif(asked.n, 0), 4), 0.0000)::numeric(6,4)::text AS response_rate,
              answered.average_satisfaction,
              coalesce(answered.satisfaction_counts, ARRAY[0, 0, 0, 0, 0]) AS satisfaction_counts,
              coalesce(answered.would_exhibit_again, 0) AS would_exhibit_again,
              round(answered.would_exhibit_again::numeric / nullif(answered.n, 0), 4)::text AS would_exhibit_again_share,
              coalesce(answered.contracts_signed, 0) AS contracts_signed, coalesce(answered.contracts_expected, 0) AS contracts_expected,
              coalesce(answered.shipments, 0) AS shipments
         FROM follow_up_rounds r JOIN fairs f ON f.id = r.fair_id AND f.agency_id = r.agency_id
         LEFT JOIN asked ON asked.round_id = r.id LEFT JOIN answered ON answered.round_id = r.id
        WHERE r.agency_id = $1 AND r.fair_id = $2 AND (r.deleted_at IS NULL OR r.opened_at IS NOT NULL)
        ORDER BY r.months_after`,
      [agencyId, fairId],
    );
  }

  values(agencyId: string, fairId: string): Promise<ReportedValueRow[]> {
    return this.transactions.manager.query<ReportedValueRow[]>(
      `SELECT round_id, figure, currency, sum(amount)::numeric(20,2)::text AS amount FROM (
         SELECT round_id, 'contracts_signed' AS figure, contracts_signed_currency AS currency, contracts_signed_amount AS amount
           FROM follow_up_responses WHERE agency_id = $1 AND fair_id = $2 AND contracts_signed_amount IS NOT NULL
         UNION ALL
         SELECT round_id, 'contracts_expected', contracts_expected_currency, contracts_expected_amount
           FROM follow_up_responses WHERE agency_id = $1 AND fair_id = $2 AND contracts_expected_amount IS NOT NULL
         UNION ALL
         SELECT round_id, 'shipments', shipments_currency, shipments_amount
           FROM follow_up_responses WHERE agency_id = $1 AND fair_id = $2 AND shipments_amount IS NOT NULL) x
        GROUP BY round_id, figure, currency ORDER BY round_id, figure, currency`,
      [agencyId, fairId],
    );
  }
}
