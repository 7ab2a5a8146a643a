import type { FairOutcome } from './api';
import type { ChartData } from './chart-data';

/**
 * What followed the fair, shaped for the funnel section: its stages (table and chart) and the
 * cumulative curve by month since the fair. Everything is the API's exact strings, in order; nothing
 * is added up here (each stage is its own figure, and the curve's running totals are summed in SQL).
 */
export type FunnelStageKey = 'consultationsOnSite' | 'consultationsAfter' | 'hotLeads' | 'expected' | 'provisional' | 'signedOnSite' | 'signedLater' | 'shipped';

export interface FunnelStage {
  key: FunnelStageKey;
  /** i18n key of the stage's name. */
  label: string;
  count: number;
  /** USD, exact; null for a stage that is only counted (hot leads are consultations rated hot). */
  valueUsd: string | null;
  /** The same in the home currency at the fair's pinned rate; null without a rate or without a value. */
  valueHome: string | null;
}

const stage = (key: FunnelStageKey, figure: { count: number; valueUsd: string }, valueHome: string | null): FunnelStage => ({
  key,
  label: `outcomes.stages.${key}`,
  count: figure.count,
  valueUsd: figure.valueUsd,
  valueHome,
});

/** Consultation value → expected → provisional → signed (at the fair / after) → shipped, with hot leads beside the consultations. */
export function funnelStages(outcome: Pick<FairOutcome, 'funnel' | 'home'>): FunnelStage[] {
  const { funnel } = outcome;
  const home = outcome.home.funnel;
  return [
    stage('consultationsOnSite', funnel.consultations.onSite, home.consultationsOnSiteValue),
    stage('consultationsAfter', funnel.consultations.after, home.consultationsAfterValue),
    { key: 'hotLeads', label: 'outcomes.stages.hotLeads', count: funnel.hotLeads, valueUsd: null, valueHome: null },
    stage('expected', funnel.expected, outcome.home.expectedValue),
    stage('provisional', funnel.provisional, home.provisionalValue),
    stage('signedOnSite', funnel.signed.onSite, home.signedOnSiteValue),
    stage('signedLater', funnel.signed.later, home.signedLaterValue),
    stage('shipped', funnel.shipped, home.shippedValue),
  ];
}

/** The funnel chart: each stage with a value, its USD value drawn and its count in the table, top to bottom (hot leads, a count only, stay in the stages table). */
export function funnelChart(outcome: Pick<FairOutcome, 'funnel' | 'home'>): ChartData {
  const stages = funnelStages(outcome).filter((row): row is FunnelStage & { valueUsd: string } => row.valueUsd !== null);
  return {
    categories: stages.map((row) => row.label),
    series: [
      { name: 'outcomes.valueUsd', kind: 'money', values: stages.map((row) => row.valueUsd) },
      { name: 'outcomes.count', kind: 'count', values: stages.map((row) => String(row.count)), tableOnly: true },
    ],
  };
}

/**
 * Contracts signed and shipments made up to each whole month since the fair's last day (the API's
 * `…ToDate`, summed in SQL), month 0 first: the values drawn, the counts in the table. No month means
 * nothing was signed or shipped yet.
 */
export function cumulativeByMonth(outcome: Pick<FairOutcome, 'byMonth'>): ChartData {
  const rows = [...outcome.byMonth].sort((a, b) => a.month - b.month);
  return {
    categories: rows.map((row) => String(row.month)),
    series: [
      { name: 'outcomes.signedToDateValue', kind: 'money', values: rows.map((row) => row.signedToDate.valueUsd) },
      { name: 'outcomes.shippedToDateValue', kind: 'money', values: rows.map((row) => row.shippedToDate.valueUsd) },
      { name: 'outcomes.signedToDate', kind: 'count', values: rows.map((row) => String(row.signedToDate.count)), tableOnly: true },
      { name: 'outcomes.shippedToDate', kind: 'count', values: rows.map((row) => String(row.shippedToDate.count)), tableOnly: true },
    ],
  };
}
