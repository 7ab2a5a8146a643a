import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { camelCase } from '../common/case.js';
import { ALL_FAIRS, computedOutcomes, MEASURE_COLUMNS, ONE_FAIR, OUTPUT_MEASURES, type Scope, storedOutcomes } from './outcome-sql.js';
import { type OutcomeDocument, outcomeDocument, RENDERER } from './outcome-document.js';
import { AGGREGATION_SETTINGS, documentSource } from './outcome-refresh.repository.js';
import { OutcomeRefresher } from './outcome-refresher.js';
import { fairOutcome } from './outcome-totals.js';
import { OutcomesRepository } from './outcomes.repository.js';

/** The stored figures, part by part, and the read's rendered answer (`document`). */
type Part = 'fair' | 'company' | 'country' | 'day' | 'month' | 'document';

interface DifferenceRow {
  agency_id: string;
  fair_id: string;
  part: Part;
  key: string;
  stored: Record<string, unknown> | null;
  computed: Record<string, unknown> | null;
}

export interface Difference {
  part: Part;
  key: string;
  stored: Record<string, unknown> | null;
  computed: Record<string, unknown> | null;
}

export interface ReconcileReport {
  /** Time to recompute and compare, in milliseconds (excludes repairs). */
  elapsedMs: number;
  fairsChecked: number;
  fairsDiffering: number;
  repaired: number;
  differences: { agencyId: string; fairId: string; differences: Difference[] }[];
}

/** Money measures, compared and shown to the cent. */
const MONEY = new Set(['cv', 'sv', 'ev', 'cav', 'pv', 'lv', 'hv']);
const COMPARED = [...OUTPUT_MEASURES, 'companies', 'buyers', 'countries'];

const side = (alias: string) => `CASE WHEN ${alias}.fair_id IS NULL THEN NULL ELSE json_build_object(
  ${OUTPUT_MEASURES.map((measure) => `'${camelCase(MEASURE_COLUMNS[measure])}', ${alias}.${measure}${MONEY.has(measure) ? '::numeric(24,2)::text' : ''}`).join(', ')},
  'companies', ${alias}.companies, 'buyers', ${alias}.buyers, 'countries', ${alias}.countries) END`;

const tuple = (alias: string) => `(${COMPARED.map((column) => `${alias}.${column}`).join(', ')})`;

/** Fairs whose rendered answers are checked in one query. */
const DOCUMENT_BATCH = 500;

/** Where two renderings of an answer part ways, with a little context: what the report shows of a document. */
function firstDifference(stored: OutcomeDocument, rendered: OutcomeDocument): { stored: Record<string, unknown>; computed: Record<string, unknown> } {
  const a = `${stored.head}false${stored.tail}`;
  const b = `${rendered.head}false${rendered.tail}`;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const excerpt = (text: string) => text.slice(Math.max(0, at - 40), at + 40);
  return { stored: { at, text: excerpt(a) }, computed: { at, text: excerpt(b) } };
}

/**
 * `outcomes:reconcile`: recomputes every outcome from the source rows in one set-based pass (each
 * source table read once), compares it with what is stored, part by part and key by key, checks the
 * read's rendered answer against what the stored outcome renders to (the `document` part), reports
 * each difference and repairs the fairs that differ by refreshing them (which renders the answer too).
 */
@Injectable()
export class OutcomeReconciler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refresh: OutcomeRefresher,
    private readonly outcomes: OutcomesRepository,
  ) {}

  async reconcile(options: { fairId?: string; repair: boolean }): Promise<ReconcileReport> {
    let scope: Scope = ALL_FAIRS;
    let params: string[] = [];
    if (options.fairId) {
      const [fair] = await this.dataSource.query<{ agency_id: string }[]>('SELECT agency_id FROM fairs WHERE id = $1', [options.fairId]);
      if (!fair) return { elapsedMs: 0, fairsChecked: 0, fairsDiffering: 0, repaired: 0, differences: [] };
      scope = ONE_FAIR;
      params = [fair.agency_id, options.fairId];
    }
    const started = performance.now();
    const [{ fairs }] = await this.dataSource.query<{ fairs: number }[]>(
      `SELECT count(*)::int AS fairs FROM fairs f WHERE ${scope.fairs}`,
      params,
    );
    // The figures (SQL, in PostgreSQL's processes) and the rendered answers (in this one) are checked
    // at once, on two connections.
    const figures = this.dataSource.transaction(async (manager) => {
      await manager.query(AGGREGATION_SETTINGS);
      return manager.query<DifferenceRow[]>(
      `WITH c AS (${computedOutcomes(scope)}), s AS (${storedOutcomes(scope)})
       SELECT coalesce(c.agency_id, s.agency_id) AS agency_id, coalesce(c.fair_id, s.fair_id) AS fair_id,
              coalesce(c.part, s.part) AS part, coalesce(c.key, s.key) AS key, ${side('s')} AS stored, ${side('c')} AS computed
         FROM c FULL JOIN s ON s.fair_id = c.fair_id AND s.part = c.part AND s.key = c.key
        WHERE ${tuple('c')} IS DISTINCT FROM ${tuple('s')}
        ORDER BY 1, 2, 3, 4`,
      params,
      );
    });
    const [rows, documents] = await Promise.all([figures, this.documentDifferences(scope, params)]);
    // A fair whose figures differ is refreshed, which renders its answer again: that is not reported.
    const differing = new Set(rows.map((row) => row.fair_id));
    rows.push(...documents.filter((row) => !differing.has(row.fair_id)));
    const elapsedMs = Math.round(performance.now() - started);
    const byFair = new Map<string, ReconcileReport['differences'][number]>();
    for (const row of rows) {
      const entry = byFair.get(row.fair_id) ?? { agencyId: row.agency_id, fairId: row.fair_id, differences: [] };
      entry.differences.push({ part: row.part, key: row.key, stored: row.stored, computed: row.computed });
      byFair.set(row.fair_id, entry);
    }
    const differences = [...byFair.values()];
    if (options.repair) {
      for (const fair of differences) await this.refresh.refresh(fair.agencyId, fair.fairId, true);
    }
    return { elapsedMs, fairsChecked: fairs, fairsDiffering: differences.length, repaired: options.repair ? differences.length : 0, differences };
  }

  /**
   * The read's rendered answer of each live fair: missing (an edit dropped it and its rendering has not
   * run yet), or not what the stored outcome renders to now.
   *
   * Checked in SQL first, by the stamps written with each document (migration OutcomeDocumentStamps):
   * its text is what was written, by this renderer, from the stored outcome, fair and company names
   * there are now. Only the documents that fail that are rendered again here and compared, which
   * also gives the report its excerpt; one whose text turns out the same is no difference.
   */
  private async documentDifferences(scope: Scope, params: string[]): Promise<DifferenceRow[]> {
    const stored = await this.dataSource.query<{ agency_id: string; fair_id: string; head: string | null; tail: string | null }[]>(
      `SELECT o.agency_id, o.fair_id, d.head, d.tail
         FROM fair_outcomes o
         JOIN fairs f ON f.id = o.fair_id AND f.agency_id = o.agency_id AND f.deleted_at IS NULL
         LEFT JOIN fair_outcome_documents d ON d.agency_id = o.agency_id AND d.fair_id = o.fair_id
        WHERE ${scope.fairs}
          AND (d.fair_id IS NULL OR d.digest IS DISTINCT FROM md5(d.head || d.tail) OR d.renderer IS DISTINCT FROM $${params.length + 1}
               OR d.source IS DISTINCT FROM ${documentSource('o', 'f')})
        ORDER BY o.agency_id, o.fair_id`,
      [...params, RENDERER],
    );
    const differences: DifferenceRow[] = [];
    for (let start = 0; start < stored.length; ) {
      const agencyId = stored[start].agency_id;
      let end = start;
      while (end < stored.length && end - start < DOCUMENT_BATCH && stored[end].agency_id === agencyId) end += 1;
      const batch = stored.slice(start, end);
      const rendered = new Map((await this.outcomes.findForFairs(agencyId, batch.map((row) => row.fair_id))).map((row) => [row.fair_id, row]));
      for (const row of batch) {
        const outcome = rendered.get(row.fair_id);
        if (!outcome) continue;
        const expected = outcomeDocument(fairOutcome(outcome));
        const document = row.head === null || row.tail === null ? null : { head: row.head, tail: row.tail };
        if (document && expected.head === document.head && expected.tail === document.tail) continue;
        differences.push({
          agency_id: row.agency_id,
          fair_id: row.fair_id,
          part: 'document',
          key: '',
          ...(document ? firstDifference(document, expected) : { stored: null, computed: firstDifference({ head: '', tail: '' }, expected).computed }),
        });
      }
      start = end;
    }
    return differences;
  }
}
