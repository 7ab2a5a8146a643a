import type { FollowUpAnswer } from './api';

type Stage = NonNullable<FollowUpAnswer['consultations']>[number]['stage'];

/** A shipment as typed: left blank, it is not sent. */
export interface ShipmentDraft {
  shippedOn: string;
  amount: string;
  currency: string;
}

/** One of the company's contracts at the fair: confirm it as signed (a 가계약), and/or report a shipment under it. */
export interface ContractDraft {
  confirm: boolean;
  signedOn: string;
  shipment: ShipmentDraft;
}

/** A contract signed (or provisionally agreed) since the fair, with a shipment already made under it. */
export interface LaterContractDraft {
  /** The consultation it grew from, or '' with a buyer country. */
  consultationId: string;
  buyerCountry: string;
  status: 'signed' | 'provisional';
  signedOn: string;
  amount: string;
  currency: string;
  shipment: ShipmentDraft;
}

/** What the form holds while the company types: strings, as typed (money stays a decimal string). */
export interface Draft {
  stages: Record<string, string>;
  contracts: Record<string, ContractDraft>;
  later: LaterContractDraft[];
  signedCount: string;
  signedAmount: string;
  expectedCount: string;
  expectedAmount: string;
  shipmentsCount: string;
  shipmentsAmount: string;
  currency: string;
  satisfaction: string;
  wouldExhibitAgain: '' | 'yes' | 'no';
  comment: string;
}

const emptyShipment = (currency: string): ShipmentDraft => ({ shippedOn: '', amount: '', currency });

export const emptyLaterContract = (currency = 'USD'): LaterContractDraft => ({
  consultationId: '',
  buyerCountry: '',
  status: 'signed',
  signedOn: '',
  amount: '',
  currency,
  shipment: emptyShipment(currency),
});

export const emptyDraft = (stages: Record<string, string>, contracts: { id: string; value: { currency: string } }[] = []): Draft => ({
  stages,
  contracts: Object.fromEntries(contracts.map((c) => [c.id, { confirm: false, signedOn: '', shipment: emptyShipment(c.value.currency) }])),
  later: [],
  signedCount: '0',
  signedAmount: '',
  expectedCount: '0',
  expectedAmount: '',
  shipmentsCount: '0',
  shipmentsAmount: '',
  currency: 'USD',
  satisfaction: '',
  wouldExhibitAgain: '',
  comment: '',
});

const figure = (count: string, amount: string, currency: string) => ({
  count: /^\d+$/.test(count.trim()) ? Number(count.trim()) : (count as unknown as number),
  ...(amount.trim() === '' ? {} : { value: { amount: amount.trim().replace(/,/g, ''), currency: currency.trim().toUpperCase() } }),
});

const money = (amount: string, currency: string) => ({ amount: amount.trim().replace(/,/g, ''), currency: currency.trim().toUpperCase() });
const typed = (shipment: ShipmentDraft) => shipment.shippedOn.trim() !== '' || shipment.amount.trim() !== '';

/** The contracts confirmed, and those with a shipment typed, in the order `toAnswer` sends them. */
const confirmed = (draft: Draft) => Object.entries(draft.contracts).filter(([, contract]) => contract.confirm);
const shipped = (draft: Draft) => Object.entries(draft.contracts).filter(([, contract]) => typed(contract.shipment));

/**
 * Where a contract's confirmation and shipment sit in the body (`confirmedContracts[i]`,
 * `laterShipments[j]`; -1 when not sent), so a problem the API names there shows beside its fields.
 */
export const bodyIndexes = (draft: Draft, contractId: string) => ({
  confirmed: confirmed(draft).findIndex(([id]) => id === contractId),
  shipped: shipped(draft).findIndex(([id]) => id === contractId),
});
const shipmentBody = (shipment: ShipmentDraft) => ({ shippedOn: shipment.shippedOn.trim(), value: money(shipment.amount, shipment.currency) });

/**
 * The body the API takes. Only consultations whose stage changed are sent; counts become numbers only
 * when they are whole numbers (anything else is sent as typed, and the API names the field); amounts
 * stay strings.
 */
export function toAnswer(draft: Draft, initial: Record<string, string>): FollowUpAnswer {
  return {
    consultations: Object.entries(draft.stages)
      .filter(([id, stage]) => stage !== initial[id])
      .map(([consultationId, stage]) => ({ consultationId, stage: stage as Stage })),
    contractsSigned: figure(draft.signedCount, draft.signedAmount, draft.currency),
    contractsExpected: figure(draft.expectedCount, draft.expectedAmount, draft.currency),
    shipments: figure(draft.shipmentsCount, draft.shipmentsAmount, draft.currency),
    confirmedContracts: confirmed(draft).map(([contractId, contract]) => ({ contractId, signedOn: contract.signedOn.trim() })),
    laterShipments: shipped(draft).map(([contractId, contract]) => ({ contractId, ...shipmentBody(contract.shipment) })),
    laterContracts: draft.later.map((later) => ({
      // Left blank, the country is not sent, so the API says it is required rather than malformed.
      ...(later.consultationId !== '' ? { consultationId: later.consultationId } : later.buyerCountry.trim() === '' ? {} : { buyerCountry: later.buyerCountry.trim().toUpperCase() }),
      status: later.status,
      ...(later.signedOn.trim() === '' ? {} : { signedOn: later.signedOn.trim() }),
      value: money(later.amount, later.currency),
      shipments: typed(later.shipment) ? [shipmentBody(later.shipment)] : [],
    })),
    satisfaction: Number(draft.satisfaction),
    wouldExhibitAgain: draft.wouldExhibitAgain === 'yes',
    ...(draft.comment.trim() === '' ? {} : { comment: draft.comment.trim() }),
  };
}
