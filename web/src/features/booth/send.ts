import { api, type Problem, type Schemas } from '@/lib/api/client';
import { isTransient } from './backoff';
import { consultationBody, fieldOfProblem } from './draft';
import type { OutboxItem } from './outbox';

export type SendOutcome =
  | { kind: 'sent'; consultation: Schemas['ConsultationDto'] }
  | { kind: 'refused'; problem: NonNullable<OutboxItem['problem']> }
  | { kind: 'retry' }
  | { kind: 'unauthorized' };

type Answer = { response: Response; error?: unknown };

/** What an answer that is not 2xx means for the item: wait and retry, or a refusal to show. */
function classify({ response, error }: Answer): SendOutcome {
  if (response.status === 401) return { kind: 'unauthorized' };
  if (isTransient(response.status)) return { kind: 'retry' };
  const problem = (error ?? {}) as Partial<Problem>;
  const first = problem.errors?.[0];
  return {
    kind: 'refused',
    problem: {
      status: response.status,
      field: fieldOfProblem(first?.field),
      serverField: first?.field ?? null,
      message: first?.message ?? problem.detail ?? problem.title ?? String(response.status),
    },
  };
}

/**
 * With an email, the buyer is found by it, or created (organisation: what staff typed, else the
 * email's domain; country: required for a new buyer) under a key derived from the item's, so a retry
 * finds or replays the same buyer. Without one, the consultation carries the buyer's country alone.
 */
async function resolveBuyer(item: OutboxItem): Promise<{ buyerId: string | null } | SendOutcome> {
  const email = item.draft.buyerEmail.trim().toLowerCase();
  if (!email) return { buyerId: null };
  const found = await api.GET('/v1/buyers', { params: { query: { email, limit: 1 } } });
  if (found.error) return classify(found);
  const existing = found.data.data[0];
  if (existing) return { buyerId: existing.id };
  if (!item.draft.buyerCountry) {
    return { kind: 'refused', problem: { status: 0, field: 'buyerCountry', serverField: null, message: 'newBuyerNeedsCountry' } };
  }
  const created = await api.POST('/v1/buyers', {
    params: { header: { 'Idempotency-Key': `${item.idempotencyKey}:buyer` } },
    body: { organisation: item.draft.buyerOrganisation.trim() || email.split('@')[1], email, country: item.draft.buyerCountry },
  });
  if (created.error) return classify(created);
  return { buyerId: created.data.id };
}

/** One attempt to deliver one item; throws only when the network itself failed (then: retry later). */
export async function sendItem(item: OutboxItem): Promise<SendOutcome> {
  const buyer = await resolveBuyer(item);
  if ('kind' in buyer) return buyer;
  const answer = await api.POST('/v1/consultations', {
    params: { header: { 'Idempotency-Key': item.idempotencyKey } },
    body: consultationBody(item.draft, buyer.buyerId),
  });
  if (answer.error) return classify(answer);
  return { kind: 'sent', consultation: answer.data };
}
