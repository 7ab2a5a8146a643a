import type { FollowUpAnswer } from './api';

type Stage = NonNullable<FollowUpAnswer['consultations']>[number]['stage'];

/** What the form holds while the company types: strings, as typed (money stays a decimal string). */
export interface Draft {
  stages: Record<string, string>;
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

export const emptyDraft = (stages: Record<string, string>): Draft => ({
  stages,
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
    satisfaction: Number(draft.satisfaction),
    wouldExhibitAgain: draft.wouldExhibitAgain === 'yes',
    ...(draft.comment.trim() === '' ? {} : { comment: draft.comment.trim() }),
  };
}
