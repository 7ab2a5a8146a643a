import type { FairOutcomeDto } from './dto/outcome.dto.js';
import { outcomeDocument, serializeOutcome } from './outcome-document.js';

const countValue = (count: number, valueUsd: string) => ({ count, valueUsd });
const measures = { consultations: countValue(2, '10.50'), contracts: { signed: countValue(0, '0.00'), expected: countValue(1, '3.00') } };
const funnel = {
  consultations: { onSite: countValue(2, '10.50'), after: countValue(0, '0.00') },
  hotLeads: 0,
  expected: countValue(1, '3.00'),
  provisional: countValue(0, '0.00'),
  signed: { onSite: countValue(0, '0.00'), later: countValue(0, '0.00') },
  shipped: countValue(0, '0.00'),
};
const outcome = (stale: boolean, companyName: string): FairOutcomeDto => ({
  fairId: 'f',
  fair: { name: 'CMEF 2017', series: 'cmef', year: 2017, country: 'CN', kind: 'trade_fair', startsOn: '2017-05-15', endsOn: '2017-05-18' },
  ...measures,
  companies: 1,
  buyers: 0,
  countries: 1,
  meetings: { requested: 0, held: 0, noShow: 0 },
  funnel,
  conversion: '0.0000',
  home: {
    currency: 'USD',
    rate: '1.000000',
    rateDate: null,
    consultationsValue: '10.50',
    signedValue: '0.00',
    expectedValue: '3.00',
    funnel: { consultationsOnSiteValue: '10.50', consultationsAfterValue: '0.00', provisionalValue: '0.00', signedOnSiteValue: '0.00', signedLaterValue: '0.00', shippedValue: '0.00' },
  },
  computedAt: '2026-12-07T01:00:00.000Z',
  stale,
  byCompany: [{ companyId: 'c', companyName, companyLocalName: null, ...measures, meetings: { requested: 0, held: 0, noShow: 0 }, funnel }],
  byCountry: [{ country: 'CN', ...measures }],
  byDay: [{ date: '2017-05-15', ...measures }],
  byMonth: [],
});

describe('the outcome answer rendered at refresh', () => {
  it('is the serialised answer split around its stale value, whichever it was rendered with', () => {
    for (const stale of [false, true]) {
      const { head, tail } = outcomeDocument(outcome(stale, 'Wonju Medical'));
      expect(head.endsWith(',"stale":')).toBe(true);
      expect(`${head}false${tail}`).toBe(serializeOutcome(outcome(false, 'Wonju Medical')));
      expect(`${head}true${tail}`).toBe(serializeOutcome(outcome(true, 'Wonju Medical')));
    }
  });

  it('is not misled by a name that spells the stale property', () => {
    const name = '"stale":false, "stale":true';
    const { head, tail } = outcomeDocument(outcome(false, name));
    expect(`${head}true${tail}`).toBe(serializeOutcome(outcome(true, name)));
    expect(JSON.parse(`${head}true${tail}`)).toMatchObject({ stale: true, byCompany: [{ companyName: name }] });
  });
});
