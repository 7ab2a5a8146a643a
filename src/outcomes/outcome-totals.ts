import type { BreakdownMeasuresDto, OutcomeTotalsDto } from './dto/outcome.dto.js';
import type { MeasuresRow, MeetingsRow, OutcomeRow } from './outcomes.repository.js';

export const measures = (row: MeasuresRow): BreakdownMeasuresDto => ({
  consultations: { count: row.cc, valueUsd: row.cv },
  contracts: { signed: { count: row.sc, valueUsd: row.sv }, expected: { count: row.ec, valueUsd: row.ev } },
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
    conversion: conversion(row.sc, row.cc),
    home: {
      currency: row.home_currency,
      rate: row.home_rate,
      rateDate: row.home_rate_date,
      consultationsValue: row.home_cv,
      signedValue: row.home_sv,
      expectedValue: row.home_ev,
    },
    computedAt: row.computed_at?.toISOString() ?? null,
    stale: row.stale,
  };
}
