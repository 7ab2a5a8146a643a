/**
 * The funnel's fields as outcome reads select them from a stored outcome row (`fair_outcomes` or
 * `fair_outcome_companies`): the stored measures, and the on-site parts (total minus after / later),
 * each derived in SQL so no amount is ever subtracted in JavaScript. Money as text, to the cent.
 */
interface FunnelField {
  name: FunnelKey;
  sql: (alias: string) => string;
  money: boolean;
}

export type FunnelKey = 'co' | 'cov' | 'ca' | 'cav' | 'hot' | 'pc' | 'pv' | 'so' | 'sov' | 'lc' | 'lv' | 'hc' | 'hv';

/** The funnel of one outcome row: counts as numbers, money as decimal strings. */
export type FunnelRow = { [K in 'co' | 'ca' | 'hot' | 'pc' | 'so' | 'lc' | 'hc']: number } & { [K in 'cov' | 'cav' | 'pv' | 'sov' | 'lv' | 'hv']: string };

const FIELDS: FunnelField[] = [
  { name: 'co', sql: (a) => `${a}.consultations_count - ${a}.consultations_after_count`, money: false },
  { name: 'cov', sql: (a) => `${a}.consultations_value_usd - ${a}.consultations_after_value_usd`, money: true },
  { name: 'ca', sql: (a) => `${a}.consultations_after_count`, money: false },
  { name: 'cav', sql: (a) => `${a}.consultations_after_value_usd`, money: true },
  { name: 'hot', sql: (a) => `${a}.hot_leads`, money: false },
  { name: 'pc', sql: (a) => `${a}.provisional_count`, money: false },
  { name: 'pv', sql: (a) => `${a}.provisional_value_usd`, money: true },
  { name: 'so', sql: (a) => `${a}.signed_count - ${a}.signed_later_count`, money: false },
  { name: 'sov', sql: (a) => `${a}.signed_value_usd - ${a}.signed_later_value_usd`, money: true },
  { name: 'lc', sql: (a) => `${a}.signed_later_count`, money: false },
  { name: 'lv', sql: (a) => `${a}.signed_later_value_usd`, money: true },
  { name: 'hc', sql: (a) => `${a}.shipped_count`, money: false },
  { name: 'hv', sql: (a) => `${a}.shipped_value_usd`, money: true },
];

const typed = (field: FunnelField, value: string) => (field.money ? `(${value})::numeric(24,2)::text` : `(${value})::int`);

/** `… AS co, … AS cov, …` from a possibly missing (LEFT JOINed) outcome row. */
export const funnelColumns = (alias: string): string =>
  FIELDS.map((field) => `${typed(field, `coalesce(${field.sql(alias)}, 0)`)} AS ${field.name}`).join(', ');

/** `'co', …, 'cov', …` for json_build_object over a breakdown row. */
export const funnelJson = (alias: string): string => FIELDS.map((field) => `'${field.name}', ${typed(field, field.sql(alias))}`).join(', ');

/** Window sums of every funnel field, as `<prefix>_co` …: the rollups' totals, summed in SQL. */
export const funnelWindowSums = (prefix: string, over: string): string =>
  FIELDS.map((field) => `${typed(field, `sum(coalesce(${field.sql('o')}, 0)) OVER ${over}`)} AS ${prefix}_${field.name}`).join(', ');

/** The money fields in the home currency (`home_cov` …), with the read's own conversion expression. */
export const funnelHomeColumns = (home: (column: string) => string): string =>
  FIELDS.filter((field) => field.money).map((field) => `${home(field.sql('o'))} AS home_${field.name}`).join(', ');

export const FUNNEL_KEYS = FIELDS.map((field) => field.name);
