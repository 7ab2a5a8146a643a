import { describe, expect, it } from 'vitest';
import { byCompany, byCountry, byDay, compareDecimal, meetings, seriesByYear } from './chart-data';

const cv = (count: number, valueUsd: string) => ({ count, valueUsd });
const contracts = (signed: string) => ({ signed: cv(1, signed), expected: cv(0, '0.00') });
const noMeetings = { requested: 0, held: 0, noShow: 0 };
const zero = cv(0, '0.00');
const noFunnel = {
  consultations: { onSite: zero, after: zero },
  hotLeads: 0,
  expected: zero,
  provisional: zero,
  signed: { onSite: zero, later: zero },
  shipped: zero,
};

describe('chart data', () => {
  it('orders decimal strings exactly, beyond what a double tells apart', () => {
    expect(compareDecimal('90071992547409.93', '90071992547409.92')).toBe(1);
    expect(compareDecimal('100.00', '99.99')).toBe(1);
    expect(compareDecimal('5.1', '5.10')).toBe(0);
    expect(compareDecimal('0.00', '12.00')).toBeLessThan(0);
  });

  it('puts consultation value beside signed value per company, largest first, keeping the exact strings', () => {
    const data = byCompany({
      byCompany: [
        { companyId: 'a', companyName: 'Alpha', companyLocalName: null, consultations: cv(3, '100.10'), contracts: contracts('50.05'), meetings: noMeetings, funnel: noFunnel },
        { companyId: 'b', companyName: 'Beta', companyLocalName: null, consultations: cv(1, '900.00'), contracts: contracts('0.00'), meetings: noMeetings, funnel: noFunnel },
      ],
    });
    expect(data.categories).toEqual(['Beta', 'Alpha']);
    expect(data.series.map((s) => [s.name, s.values])).toEqual([
      ['outcomes.consultationValue', ['900.00', '100.10']],
      ['outcomes.signedValue', ['0.00', '50.05']],
    ]);
  });

  it('sorts countries by consultations and days by date (leaving out signing-only days), counts beside values', () => {
    const countries = byCountry({
      byCountry: [
        { country: 'DE', consultations: cv(2, '10.00'), contracts: contracts('0.00') },
        { country: 'CN', consultations: cv(5, '1.00'), contracts: contracts('0.00') },
      ],
    });
    expect(countries.categories).toEqual(['CN', 'DE']);
    expect(countries.series.map((s) => s.kind)).toEqual(['count', 'money']);
    const days = byDay({
      byDay: [
        { date: '2017-05-16', consultations: cv(2, '10.00'), contracts: contracts('0.00') },
        { date: '2017-05-15', consultations: cv(5, '1.00'), contracts: contracts('0.00') },
        { date: '2017-08-01', consultations: cv(0, '0.00'), contracts: contracts('300.00') },
      ],
    });
    expect(days.categories).toEqual(['2017-05-15', '2017-05-16']);
    expect(days.series[0].values).toEqual(['5', '2']);
  });

  it('shows meetings requested, held and no-show, and a series oldest year first', () => {
    expect(meetings({ meetings: { requested: 40, held: 31, noShow: 3 } }).series[0].values).toEqual(['40', '31', '3']);
    const total = (value: string) => ({ fairs: 1, consultations: cv(1, value), contracts: contracts('1.00'), companyParticipations: 1, funnel: noFunnel });
    const data = seriesByYear({ years: [{ year: 2018, total: total('2.00') }, { year: 2017, total: total('1.00') }] });
    expect(data.categories).toEqual(['2017', '2018']);
    expect(data.series[0].values).toEqual(['1.00', '2.00']);
  });
});
