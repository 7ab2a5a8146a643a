import type { Schemas } from '@/lib/api/client';

export type ConsultationType = 'booth' | 'interpreted';
export type Stage = 'consulted' | 'follow_up' | 'negotiating' | 'won' | 'lost';
export const STAGES: Stage[] = ['consulted', 'follow_up', 'negotiating', 'won', 'lost'];

/** What staff typed for one consultation, kept as typed (strings) until it is sent. */
export interface Draft {
  fairId: string;
  companyId: string;
  buyerEmail: string;
  buyerCountry: string;
  buyerOrganisation: string;
  amount: string;
  currency: string;
  type: ConsultationType;
  stage: Stage;
  notes: string;
  /** Fixed at capture: the moment it happened, not the moment the network came back. */
  occurredAt: string;
}

/** The draft fields a form shows, and the names a server problem can point at. */
export type DraftField = 'buyerEmail' | 'buyerCountry' | 'buyerOrganisation' | 'amount' | 'currency' | 'type' | 'stage' | 'notes' | 'occurredAt';

export const AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks made where the data is typed; the server checks again and its word wins. */
export function validateDraft(draft: Draft): Partial<Record<DraftField, 'buyerOrEither' | 'amountInvalid' | 'emailInvalid'>> {
  const errors: Partial<Record<DraftField, 'buyerOrEither' | 'amountInvalid' | 'emailInvalid'>> = {};
  if (!draft.buyerEmail.trim() && !draft.buyerCountry) errors.buyerCountry = 'buyerOrEither';
  if (draft.buyerEmail.trim() && !EMAIL.test(draft.buyerEmail.trim())) errors.buyerEmail = 'emailInvalid';
  if (draft.amount.trim() && !AMOUNT.test(normaliseAmount(draft.amount))) errors.amount = 'amountInvalid';
  return errors;
}

/** "1,250,000" or " 1250000 " as staff type it → "1250000". */
export const normaliseAmount = (amount: string): string => amount.trim().replace(/[,\s]/g, '');

/** The POST /v1/consultations body for a draft, given the buyer it resolved to (if any). */
export function consultationBody(draft: Draft, buyerId: string | null): Schemas['CreateConsultationDto'] {
  const amount = normaliseAmount(draft.amount);
  return {
    fairId: draft.fairId,
    companyId: draft.companyId,
    ...(buyerId ? { buyerId } : { buyerCountry: draft.buyerCountry }),
    occurredAt: draft.occurredAt,
    type: draft.type,
    stage: draft.stage,
    ...(amount ? { estimatedValue: { amount, currency: draft.currency } } : {}),
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
  };
}

/** The draft field a server's problem names ("estimatedValue.amount" → "amount"); null when none fits. */
export function fieldOfProblem(serverField: string | undefined): DraftField | null {
  if (!serverField) return null;
  const map: Record<string, DraftField> = {
    'estimatedValue.amount': 'amount',
    'estimatedValue.currency': 'currency',
    estimatedValue: 'amount',
    buyerCountry: 'buyerCountry',
    country: 'buyerCountry',
    buyerId: 'buyerEmail',
    email: 'buyerEmail',
    organisation: 'buyerOrganisation',
    notes: 'notes',
    stage: 'stage',
    type: 'type',
    occurredAt: 'occurredAt',
  };
  return map[serverField] ?? null;
}
