import type { BreakdownMeasuresDto, FairOutcomeDto, FunnelDto, MonthOutcomeDto, OutcomeTotalsDto } from './dto/outcome.dto.js';
import type { FunnelRow } from './funnel-sql.js';
import type { BreakdownsRow, MeasuresRow, MeetingsRow, MonthRow, OutcomeRow } from './outcomes.repository.js';

export const measures = (row: MeasuresRow): BreakdownMeasuresDto => ({
  consultations: { count: row.cc, valueUsd: row.cv },
  contracts: { signed: { count: row.sc, valueUsd: row.sv }, expected: { count: row.ec, valueUsd: row.ev } },
});

/** The funnel as the API shows it; expected repeats `contracts.expected`, the two signed parts add up to `contracts.signed`. */
export const funnel = (row: FunnelRow & Pick<MeasuresRow, 'ec' | 'ev'>): { funnel: FunnelDto } => ({
  funnel: {
    consultations: { onSite: { count: row.co, valueUsd: row.cov }, after: { count: row.ca, valueUsd: row.cav } },
    hotLeads: row.hot,
    expected: { count: row.ec, valueUsd: row.ev },
    provisional: { count: row.pc, valueUsd: row.pv },
    signed: { onSite: { count: row.so, valueUsd: row.sov }, later: { count: row.lc, valueUsd: row.lv } },
    shipped: { count: row.hc, valueUsd: row.hv },
  },
});

export const month = (row: MonthRow): MonthOutcomeDto => ({
  month: row.month,
  signed: { count: row.sc, valueUsd: row.sv },
  shipped: { count: row.hc, valueUsd: row.hv },
  signedToDate: { count: row.tsc, valueUsd: row.tsv },
  shippedToDate: { count: row.thc, valueUsd: row.thv },
});

export const meetings = (row: MeetingsRow) => ({ meetings: { requested: row.mr, held: row.mh, noShow: row.mn } });

/** Signed contracts per consultation, to four decimals (integer arithmetic, rounded half up). */
const conversion = (signed: number, consultations: number): string | null => {
  if (consultations === 0) return null;
  const scaled = (BigInt(signed) * 100_000n) / BigInt(consultations);
  const rounded = (scaled + 5n) / 10n;
  return `${rounded / 10_000n}.${(rounded % 10_000n).toString().padStart(4, '0')}`;
};

/**
 * A stored outcome row as the API shows it (`GET /v1/fairs/{fairId}/outcomes` without the breakdowns):
 * for the reads, and for the `outcome.updated` event each refresh appends.
 */
export function totals(row: OutcomeRow): OutcomeTotalsDto {
  return {
    fairId: row.fair_id,
    fair: {
      name: row.name,
      series: row.series,
      year: row.year,
      country: row.country,
      kind: row.kind,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    },
    ...measures(row),
    companies: row.companies,
    buyers: row.buyers,
    countries: row.countries,
    ...meetings(row),
    ...funnel(row),
    conversion: conversion(row.sc, row.cc),
    home: {
      currency: row.home_currency,
      rate: row.home_rate,
      rateDate: row.home_rate_date,
      consultationsValue: row.home_cv,
      signedValue: row.home_sv,
      expectedValue: row.home_ev,
      funnel: {
        consultationsOnSiteValue: row.home_cov,
        consultationsAfterValue: row.home_cav,
        provisionalValue: row.home_pv,
        signedOnSiteValue: row.home_sov,
        signedLaterValue: row.home_lv,
        shippedValue: row.home_hv,
      },
    },
    computedAt: row.computed_at?.toISOString() ?? null,
    stale: row.stale,
  };
}

/** A fair's stored outcome with its breakdowns, as `GET /v1/fairs/{fairId}/outcomes` answers it. */
export function fairOutcome(row: OutcomeRow & BreakdownsRow): FairOutcomeDto {
  return {
    ...totals(row),
    byCompany: row.by_company.map((b) => ({
      companyId: b.key,
      companyName: b.name,
      companyLocalName: b.localName,
      ...measures(b),
      ...meetings(b),
      ...funnel(b),
    })),
    byCountry: row.by_country.map((b) => ({ country: b.key, ...measures(b) })),
    byDay: row.by_day.map((b) => ({ date: b.key, ...measures(b) })),
    byMonth: row.by_month.map(month),
  };
}
