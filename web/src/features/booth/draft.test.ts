import { describe, expect, it } from 'vitest';
import { backoffMs, isTransient } from './backoff';
import { consultationBody, fieldOfProblem, validateDraft, type Draft } from './draft';

const draft = (over: Partial<Draft> = {}): Draft => ({
  fairId: 'f',
  companyId: 'c',
  buyerEmail: '',
  buyerCountry: 'CN',
  buyerOrganisation: '',
  amount: '',
  currency: 'USD',
  type: 'booth',
  stage: 'consulted',
  notes: '',
  occurredAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

describe('a booth draft', () => {
  it('needs a buyer email or a buyer country, and nothing else', () => {
    expect(validateDraft(draft())).toEqual({});
    expect(validateDraft(draft({ buyerCountry: '', buyerEmail: 'buyer@example.cn' }))).toEqual({});
    expect(validateDraft(draft({ buyerCountry: '' }))).toEqual({ buyerCountry: 'buyerOrEither' });
    expect(validateDraft(draft({ buyerEmail: 'not-an-email' }))).toEqual({ buyerEmail: 'emailInvalid' });
  });

  it('takes amounts as staff type them, keeps them strings, and refuses more than two decimals', () => {
    expect(validateDraft(draft({ amount: '1,250,000' }))).toEqual({});
    expect(validateDraft(draft({ amount: '12.345' }))).toEqual({ amount: 'amountInvalid' });
    expect(validateDraft(draft({ amount: '-5' }))).toEqual({ amount: 'amountInvalid' });
    expect(consultationBody(draft({ amount: '1,250,000.5', currency: 'KRW' }), null)).toMatchObject({ estimatedValue: { amount: '1250000.5', currency: 'KRW' } });
  });

  it('sends the buyer it resolved to, or the country alone', () => {
    expect(consultationBody(draft(), null)).toEqual({
      fairId: 'f',
      companyId: 'c',
      buyerCountry: 'CN',
      occurredAt: '2026-12-01T10:00:00.000Z',
      type: 'booth',
      stage: 'consulted',
    });
    const withBuyer = consultationBody(draft({ notes: ' met at 3pm ' }), 'b-1');
    expect(withBuyer).toMatchObject({ buyerId: 'b-1', notes: 'met at 3pm' });
    expect(withBuyer).not.toHaveProperty('buyerCountry');
  });

  it('maps the field a server problem names to the form field', () => {
    expect(fieldOfProblem('estimatedValue.currency')).toBe('currency');
    expect(fieldOfProblem('estimatedValue.amount')).toBe('amount');
    expect(fieldOfProblem('buyerCountry')).toBe('buyerCountry');
    expect(fieldOfProblem('Idempotency-Key')).toBeNull();
    expect(fieldOfProblem(undefined)).toBeNull();
  });
});

describe('sending', () => {
  it('backs off 1 s, 2 s, 4 s … up to a minute, with jitter', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, () => 0))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(20, () => 0)).toBe(60_000);
    expect(backoffMs(1, () => 1)).toBe(1200);
  });

  it('retries what may pass later and keeps the rest as refusals', () => {
    expect([408, 409, 429, 500, 503].every(isTransient)).toBe(true);
    expect([400, 403, 404, 412, 422].some(isTransient)).toBe(false);
  });
});
