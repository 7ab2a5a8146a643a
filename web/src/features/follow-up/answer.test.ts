import { describe, expect, it } from 'vitest';
import { emptyDraft, emptyLaterContract, toAnswer } from './answer';

const base = () => ({
  ...emptyDraft({ k1: 'consulted', k2: 'negotiating' }, [
    { id: 'c1', value: { currency: 'USD' } },
    { id: 'c2', value: { currency: 'EUR' } },
  ]),
  satisfaction: '5',
  wouldExhibitAgain: 'yes' as const,
});

describe('toAnswer', () => {
  it('sends only changed stages, and no contract or shipment the company left blank', () => {
    const draft = base();
    draft.stages.k2 = 'won';
    const answer = toAnswer(draft, { k1: 'consulted', k2: 'negotiating' });
    expect(answer.consultations).toEqual([{ consultationId: 'k2', stage: 'won' }]);
    expect(answer.confirmedContracts).toEqual([]);
    expect(answer.laterShipments).toEqual([]);
    expect(answer.laterContracts).toEqual([]);
  });

  it('confirms a provisional contract and reports a shipment under another, amounts as exact strings', () => {
    const draft = base();
    draft.contracts.c1 = { ...draft.contracts.c1, confirm: true, signedOn: '2027-02-10' };
    draft.contracts.c2 = { ...draft.contracts.c2, shipment: { shippedOn: ' 2027-03-01 ', amount: '12,500.10', currency: 'eur' } };
    const answer = toAnswer(draft, {});
    expect(answer.confirmedContracts).toEqual([{ contractId: 'c1', signedOn: '2027-02-10' }]);
    expect(answer.laterShipments).toEqual([{ contractId: 'c2', shippedOn: '2027-03-01', value: { amount: '12500.10', currency: 'EUR' } }]);
  });

  it('sends a later contract from a consultation or with a buyer country, with its shipment when typed', () => {
    const draft = base();
    draft.later = [
      { ...emptyLaterContract('USD'), consultationId: 'k1', signedOn: '2027-01-05', amount: '99999999999999.99', shipment: { shippedOn: '2027-02-01', amount: '1000', currency: 'USD' } },
      { ...emptyLaterContract('KRW'), buyerCountry: 'vn', status: 'provisional', amount: '98000000' },
    ];
    expect(toAnswer(draft, {}).laterContracts).toEqual([
      {
        consultationId: 'k1',
        status: 'signed',
        signedOn: '2027-01-05',
        value: { amount: '99999999999999.99', currency: 'USD' },
        shipments: [{ shippedOn: '2027-02-01', value: { amount: '1000', currency: 'USD' } }],
      },
      { buyerCountry: 'VN', status: 'provisional', value: { amount: '98000000', currency: 'KRW' }, shipments: [] },
    ]);
  });
});
