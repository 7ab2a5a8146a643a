import type { FairOutcome, SeriesOutcome } from './api';

/**
 * What each chart draws and what its table says. The table keeps the API's exact decimal strings; the
 * chart needs numbers, so `chartNumber` is the one place a money string becomes a double, for drawing
 * only (a bar a fraction of a pixel off is invisible; every figure a person reads comes from the table).
 */
export const chartNumber = (amount: string): number => Number(amount);

export interface ChartSeries {
  /** i18n key of the series name. */
  name: string;
  kind: 'money' | 'count';
  values: string[];
  /** In the figure's table only, not drawn: a count beside a value, where a second axis would crowd the chart. */
  tableOnly?: boolean;
}

export interface ChartData {
  /** Category labels along the axis (company names, countries, dates, years …). */
  categories: string[];
  series: ChartSeries[];
}

/** Consultation value beside signed value, per company, largest consultation value first. */
export function byCompany(outcome: Pick<FairOutcome, 'byCompany'>): ChartData {
  const rows = [...outcome.byCompany].sort((a, b) => compareDecimal(b.consultations.valueUsd, a.consultations.valueUsd) || a.companyName.localeCompare(b.companyName));
  return {
    categories: rows.map((row) => row.companyName),
    series: [
      { name: 'outcomes.consultationValue', kind: 'money', values: rows.map((row) => row.consultations.valueUsd) },
      { name: 'outcomes.signedValue', kind: 'money', values: rows.map((row) => row.contracts.signed.valueUsd) },
    ],
  };
}

/** Consultations and their value per buyer country, most consultations first. */
export function byCountry(outcome: Pick<FairOutcome, 'byCountry'>): ChartData {
  const rows = [...outcome.byCountry].sort((a, b) => b.consultations.count - a.consultations.count || a.country.localeCompare(b.country));
  return {
    categories: rows.map((row) => row.country),
    series: [
      { name: 'outcomes.consultations', kind: 'count', values: rows.map((row) => String(row.consultations.count)) },
      { name: 'outcomes.consultationValue', kind: 'money', values: rows.map((row) => row.consultations.valueUsd) },
    ],
  };
}

/**
 * Consultations per fair-local day, in date order. The API's day rows also carry contracts by signing
 * day, often months after the fair; those days have no consultations and are left out of this chart.
 */
export function byDay(outcome: Pick<FairOutcome, 'byDay'>): ChartData {
  const rows = outcome.byDay.filter((row) => row.consultations.count > 0).sort((a, b) => a.date.localeCompare(b.date));
  return {
    categories: rows.map((row) => row.date),
    series: [
      { name: 'outcomes.consultations', kind: 'count', values: rows.map((row) => String(row.consultations.count)) },
      { name: 'outcomes.consultationValue', kind: 'money', values: rows.map((row) => row.consultations.valueUsd) },
    ],
  };
}

/** Matchmaking meetings requested, held and missed (the outcome's `meetings` block). */
export function meetings(outcome: Pick<FairOutcome, 'meetings'>): ChartData {
  return {
    categories: ['outcomes.requested', 'outcomes.held', 'outcomes.noShow'],
    series: [
      {
        name: 'outcomes.meetings',
        kind: 'count',
        values: [outcome.meetings.requested, outcome.meetings.held, outcome.meetings.noShow].map(String),
      },
    ],
  };
}

/** The series year over year: consultation value beside signed value per year, oldest first. */
export function seriesByYear(series: Pick<SeriesOutcome, 'years'>): ChartData {
  const rows = [...series.years].sort((a, b) => a.year - b.year);
  return {
    categories: rows.map((row) => String(row.year)),
    series: [
      { name: 'outcomes.consultationValue', kind: 'money', values: rows.map((row) => row.total.consultations.valueUsd) },
      { name: 'outcomes.signedValue', kind: 'money', values: rows.map((row) => row.total.contracts.signed.valueUsd) },
    ],
  };
}

/** Orders two non-negative decimal strings exactly (no float), for sorting by money. */
export function compareDecimal(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  const intA = ai.replace(/^0+(?=\d)/, '');
  const intB = bi.replace(/^0+(?=\d)/, '');
  if (intA.length !== intB.length) return intA.length - intB.length;
  if (intA !== intB) return intA < intB ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const fa = af.padEnd(width, '0');
  const fb = bf.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}
