import { getSession, subscribeSession } from '@/lib/auth/session';
import { backoffMs } from './backoff';
import { getItem, loadOutbox, outboxItems, putItem, removeItem, type OutboxItem } from './outbox';
import { sendItem, type SendOutcome } from './send';

/** A phone that lost the network does not always fire `online`: look again this often anyway. */
const PERIODIC_MS = 10_000;

let flushing = false;
let again = false;
let wake: ReturnType<typeof setTimeout> | undefined;

export interface SyncOptions {
  userId: () => string | null;
  onSent: () => void;
}

/**
 * Sends the outbox when the network allows: at once after a capture, on `online`, when a session
 * comes back, at each item's backoff time, and every few seconds regardless. One flush at a time per
 * tab; two tabs sending the same item are harmless (its Idempotency-Key makes the second a replay).
 */
export function startSync(options: SyncOptions): () => void {
  const run = () => void flush(options);
  void loadOutbox().then(run);
  const interval = setInterval(run, PERIODIC_MS);
  window.addEventListener('online', run);
  const unsubscribe = subscribeSession(() => getSession().status === 'signed-in' && run());
  return () => {
    clearInterval(interval);
    clearTimeout(wake);
    window.removeEventListener('online', run);
    unsubscribe();
  };
}

const due = (item: OutboxItem, userId: string | null, now: number) =>
  item.state === 'pending' && item.userId === userId && item.nextAttemptAt <= now;

export async function flush(options: SyncOptions): Promise<void> {
  if (flushing) {
    again = true;
    return;
  }
  flushing = true;
  try {
    for (const item of outboxItems().filter((i) => due(i, options.userId(), Date.now()))) {
      if (!navigator.onLine || getSession().status !== 'signed-in') break;
      // Another tab may have sent or discarded it, or staff edited it, since the list was read.
      const current = await getItem(item.id);
      if (!current || current.state !== 'pending' || current.idempotencyKey !== item.idempotencyKey) continue;
      let outcome: SendOutcome;
      try {
        outcome = await sendItem(current);
      } catch {
        outcome = { kind: 'retry' };
      }
      if (outcome.kind === 'sent') {
        await removeItem(current.id);
        options.onSent();
      } else if (outcome.kind === 'refused') {
        await putItem({ ...current, state: 'attention', problem: outcome.problem });
      } else if (outcome.kind === 'retry') {
        const attempts = current.attempts + 1;
        await putItem({ ...current, attempts, nextAttemptAt: Date.now() + backoffMs(attempts) });
        break; // the network or the server is unwell: the rest would fail alike
      } else {
        break; // signed out: the items wait for the next sign-in
      }
    }
  } finally {
    flushing = false;
  }
  if (again) {
    again = false;
    return flush(options);
  }
  scheduleWake(options);
}

function scheduleWake(options: SyncOptions): void {
  clearTimeout(wake);
  const pending = outboxItems().filter((i) => i.state === 'pending' && i.userId === options.userId());
  if (pending.length === 0) return;
  const next = Math.min(...pending.map((i) => i.nextAttemptAt));
  wake = setTimeout(() => void flush(options), Math.max(next - Date.now(), 50));
}
