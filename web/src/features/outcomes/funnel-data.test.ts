import { describe, expect, it } from 'vitest';
import { cumulativeByMonth, funnelChart, funnelStages } from './funnel-data';

const cv = (count: number, valueUsd: string) => ({ count, valueUsd });
const outcome = {
  funnel: {
    consultations: { onSite: cv(360, '10450000.00'), after: cv(12, '80000.10') },
    hotLeads: 41,
    expected: cv(9, '700000.00'),
    provisional: cv(3, '410000.00'),
    signed: { onSite: cv(38, '3090000.00'), later: cv(2, '90071992547409.93') },
    shipped: cv(5, '123.45'),
  },
  home: {
    currency: 'KRW',
    rate: '1130.000000',
    rateDate: '2017-01-01',
    consultationsValue: '11899540113.00',
    signedValue: '3491700000.00',
    expectedValue: '791000000.00',
    funnel: {
      consultationsOnSiteValue: '11808500000.00',
      consultationsAfterValue: '90400113.00',
      provisionalValue: '463300000.00',
      signedOnSiteValue: '3491700000.00',
      signedLaterValue: null,
      shippedValue: '139498.50',
    },
  },
};

describe('funnel data', () => {
  it('lists the stages in funnel order with the exact strings, the home currency beside each, hot leads as a count only', () => {
    expect(funnelStages(outcome).map((row) => [row.key, row.count, row.valueUsd, row.valueHome])).toEqual([
      ['consultationsOnSite', 360, '10450000.00', '11808500000.00'],
      ['consultationsAfter', 12, '80000.10', '90400113.00'],
      ['hotLeads', 41, null, null],
      ['expected', 9, '700000.00', '791000000.00'],
      ['provisional', 3, '410000.00', '463300000.00'],
      ['signedOnSite', 38, '3090000.00', '3491700000.00'],
      ['signedLater', 2, '90071992547409.93', null],
      ['shipped', 5, '123.45', '139498.50'],
    ]);
    expect(funnelStages(outcome)[0].label).toBe('outcomes.stages.consultationsOnSite');
  });

  it('charts each valued stage top to bottom, its USD value drawn and its count in the table only, leaving hot leads to the stages table', () => {
    const data = funnelChart(outcome);
    expect(data.categories).toEqual([
      'outcomes.stages.consultationsOnSite',
      'outcomes.stages.consultationsAfter',
      'outcomes.stages.expected',
      'outcomes.stages.provisional',
      'outcomes.stages.signedOnSite',
      'outcomes.stages.signedLater',
      'outcomes.stages.shipped',
    ]);
    expect(data.series.map((s) => [s.name, s.kind, s.values, s.tableOnly ?? false])).toEqual([
      ['outcomes.valueUsd', 'money', ['10450000.00', '80000.10', '700000.00', '410000.00', '3090000.00', '90071992547409.93', '123.45'], false],
      ['outcomes.count', 'count', ['360', '12', '9', '3', '38', '2', '5'], true],
    ]);
  });

  it("draws the API's running totals by month since the fair, month 0 first (counts in the table only), and nothing without a month", () => {
    const month = (n: number, signed: [number, string], shipped: [number, string]) => ({
      month: n,
      signed: cv(0, '0.00'),
      shipped: cv(0, '0.00'),
      signedToDate: cv(...signed),
      shippedToDate: cv(...shipped),
    });
    const data = cumulativeByMonth({ byMonth: [month(1, [3, '300.00'], [0, '0.00']), month(0, [1, '100.00'], [0, '0.00']), month(2, [3, '300.00'], [2, '20.50'])] });
    expect(data.categories).toEqual(['0', '1', '2']);
    expect(data.series.map((s) => [s.name, s.values, s.tableOnly ?? false])).toEqual([
      ['outcomes.signedToDateValue', ['100.00', '300.00', '300.00'], false],
      ['outcomes.shippedToDateValue', ['0.00', '0.00', '20.50'], false],
      ['outcomes.signedToDate', ['1', '3', '3'], true],
      ['outcomes.shippedToDate', ['0', '0', '2'], true],
    ]);
    expect(cumulativeByMonth({ byMonth: [] }).categories).toEqual([]);
  });
});
