import { createHash } from 'node:crypto';
import fastJson from 'fast-json-stringify';
import { FAIR_OUTCOME_SCHEMA } from './dto/fair-outcome.schema.js';
import type { FairOutcomeDto } from './dto/outcome.dto.js';
import { fairOutcome } from './outcome-totals.js';
import type { BreakdownsRow, OutcomeRow } from './outcomes.repository.js';

/**
 * The outcome answer's JSON text, from the schema-compiled serializer Fastify would build from the
 * route's response schema (fast-json-stringify, default options): the same bytes whether the answer
 * comes from a stored document or from the stored rows.
 */
export const serializeOutcome: (outcome: FairOutcomeDto) => string = fastJson(FAIR_OUTCOME_SCHEMA);

/** A rendered answer split around its `stale` value, which the read fills in (`head` + `true|false` + `tail`). */
export interface OutcomeDocument {
  head: string;
  tail: string;
}

const STALE_KEY = '"stale":';

/**
 * Renders the answer with `stale: false` and cuts the value out. The key occurs once: the schema has
 * no other `stale` property, and no string value can hold an unescaped `"`.
 */
export function outcomeDocument(outcome: FairOutcomeDto): OutcomeDocument {
  const text = serializeOutcome({ ...outcome, stale: false });
  const at = text.indexOf(`${STALE_KEY}false`);
  if (at < 0 || text.indexOf(STALE_KEY, at + 1) >= 0) throw new Error('outcome document: expected exactly one "stale" property');
  const cut = at + STALE_KEY.length;
  return { head: text.slice(0, cut), tail: text.slice(cut + 'false'.length) };
}

const COUNT_FIELDS = ['cc', 'sc', 'ec', 'mr', 'mh', 'mn', 'co', 'ca', 'hot', 'pc', 'so', 'lc', 'hc'] as const;
const MONEY_FIELDS = ['cv', 'sv', 'ev', 'cov', 'cav', 'pv', 'sov', 'lv', 'hv'] as const;
const HOME_FIELDS = ['home_cv', 'home_sv', 'home_ev', 'home_cov', 'home_cav', 'home_pv', 'home_sov', 'home_lv', 'home_hv'] as const;

/** Every count and amount a different value, so a field that moves or goes missing changes the rendering. */
const sampleMeasures = (offset: number) => ({
  ...Object.fromEntries(COUNT_FIELDS.map((field, i) => [field, offset + i])),
  ...Object.fromEntries(MONEY_FIELDS.map((field, i) => [field, `${offset + i}.0${i % 10}`])),
}) as Record<(typeof COUNT_FIELDS)[number], number> & Record<(typeof MONEY_FIELDS)[number], string>;

/** A stored outcome with one row in each breakdown, in the shape `OutcomesRepository.findForFair` reads. */
const SAMPLE: OutcomeRow & BreakdownsRow = {
  fair_id: '00000000-0000-4000-8000-000000000001',
  name: 'CMEF 2017',
  series: 'cmef',
  year: 2017,
  country: 'CN',
  kind: 'trade_fair',
  starts_on: '2017-05-15',
  ends_on: '2017-05-18',
  ...sampleMeasures(1),
  companies: 7,
  buyers: 8,
  countries: 9,
  home_currency: 'KRW',
  home_rate: '1130.500000',
  home_rate_date: '2017-05-15',
  ...(Object.fromEntries(HOME_FIELDS.map((field, i) => [field, `${1000 + i}`])) as Record<(typeof HOME_FIELDS)[number], string>),
  computed_at: new Date('2017-05-19T00:00:00Z'),
  stale: false,
  by_company: [{ key: '00000000-0000-4000-8000-000000000002', name: 'Wonju Medical', localName: '원주메디칼', ...sampleMeasures(30) }],
  by_country: [{ key: 'AE', ...sampleMeasures(60) }],
  by_day: [{ key: '2017-05-16', ...sampleMeasures(90) }],
  by_month: [{ month: 1, sc: 1, sv: '2.00', hc: 3, hv: '4.00', tsc: 5, tsv: '6.00', thc: 7, thv: '8.00' }],
};

/**
 * Names what renders documents: a digest of the schema and of a sample outcome's rendering. Stored
 * with each document, so the reconcile and the sweep can tell one rendered by another version of
 * this code (a new field, a different format) without rendering every document again.
 */
export const RENDERER: string = createHash('sha256')
  .update(JSON.stringify(FAIR_OUTCOME_SCHEMA))
  .update('\0')
  .update(JSON.stringify(outcomeDocument(fairOutcome(SAMPLE))))
  .digest('hex')
  .slice(0, 16);
