import { Injectable } from '@nestjs/common';
import { type FairLimit, withinFairs } from '../common/fair-limit.js';
import { NotFoundProblem } from '../common/errors.js';
import type { FairOutcomeDto, GrandTotalDto, OutcomeRollupDto, SeriesOutcomeDto } from './dto/outcome.dto.js';
import { FUNNEL_KEYS, type FunnelRow } from './funnel-sql.js';
import { serializeOutcome } from './outcome-document.js';
import { fairOutcome, funnel, measures, totals } from './outcome-totals.js';
import { OutcomesRepository, type RollupFilter, type RollupRow } from './outcomes.repository.js';

/** Totals summed in SQL (window sums over the listed fairs, or over one year's fairs). */
function grandTotal(row: RollupRow | undefined, scope: 't' | 'y'): GrandTotalDto {
  if (!row) {
    const zero = Object.fromEntries(FUNNEL_KEYS.map((key) => [key, ['co', 'ca', 'hot', 'pc', 'so', 'lc', 'hc'].includes(key) ? 0 : '0.00'])) as FunnelRow;
    return { fairs: 0, ...measures({ cc: 0, cv: '0.00', sc: 0, sv: '0.00', ec: 0, ev: '0.00' }), companyParticipations: 0, ...funnel({ ...zero, ec: 0, ev: '0.00' }) };
  }
  const pick = <K extends 'cc' | 'cv' | 'sc' | 'sv' | 'ec' | 'ev' | 'companies'>(key: K) => row[`${scope}_${key}`];
  const sums = Object.fromEntries(FUNNEL_KEYS.map((key) => [key, row[`${scope}_${key}`]])) as FunnelRow;
  return {
    fairs: 0,
    ...measures({ cc: pick('cc'), cv: pick('cv'), sc: pick('sc'), sv: pick('sv'), ec: pick('ec'), ev: pick('ev') }),
    companyParticipations: pick('companies'),
    ...funnel({ ...sums, ec: pick('ec'), ev: pick('ev') }),
  };
}

@Injectable()
export class OutcomesService {
  constructor(private readonly outcomes: OutcomesRepository) {}

  async forFair(agencyId: string, fairId: string, fairs: FairLimit = null): Promise<FairOutcomeDto> {
    const row = withinFairs(fairs, fairId) ? await this.outcomes.findForFair(agencyId, fairId) : null;
    if (!row) throw new NotFoundProblem('Fair', fairId);
    return fairOutcome(row);
  }

  /**
   * The outcome read's answer as JSON text: the document rendered at refresh, sent as stored; where
   * none is stored, the same bytes rendered from the stored rows.
   */
  async answerForFair(agencyId: string, fairId: string, fairs: FairLimit = null): Promise<string> {
    if (!withinFairs(fairs, fairId)) throw new NotFoundProblem('Fair', fairId);
    return (await this.outcomes.findDocument(agencyId, fairId)) ?? serializeOutcome(await this.forFair(agencyId, fairId));
  }

  async rollup(agencyId: string, filter: RollupFilter, fairs: FairLimit = null): Promise<OutcomeRollupDto> {
    const rows = await this.outcomes.listForAgency(agencyId, filter, fairs);
    return { data: rows.map(totals), total: { ...grandTotal(rows[0], 't'), fairs: rows.length } };
  }

  /** A year's rollup for the yearly report, with the agency's home currency (which picks its language). */
  async yearly(agencyId: string, year: number, fairs: FairLimit = null): Promise<{ rollup: OutcomeRollupDto; homeCurrency: string }> {
    const [rollup, homeCurrency] = await Promise.all([this.rollup(agencyId, { year }, fairs), this.outcomes.homeCurrency(agencyId)]);
    return { rollup, homeCurrency };
  }

  async series(agencyId: string, series: string, fairs: FairLimit = null): Promise<SeriesOutcomeDto> {
    const rows = await this.outcomes.listForAgency(agencyId, { series }, fairs);
    if (rows.length === 0) throw new NotFoundProblem('Fair series', series);
    const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
    return {
      series,
      editions: rows.map(totals),
      years: years.map((year) => {
        const first = rows.find((row) => row.year === year);
        return { year, total: { ...grandTotal(first, 'y'), fairs: first?.y_fairs ?? 0 } };
      }),
    };
  }
}
