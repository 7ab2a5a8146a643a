import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Draft, DraftField } from './draft';

/**
 * The booth's outbox: every consultation is written here, in IndexedDB, the moment it is captured, with
 * its own Idempotency-Key, and leaves only when the server has answered 2xx. A refusal (4xx) keeps the
 * item as "needs attention" with the field the server named, until staff edit and resend or discard it.
 */
export interface OutboxItem {
  /** Local id, stable across edits. */
  id: string;
  /** Sent as Idempotency-Key: a lost answer's retry replays the first one instead of logging twice. Renewed when the item is edited. */
  idempotencyKey: string;
  /** The user who captured it; only their session sends it. */
  userId: string;
  draft: Draft;
  state: 'pending' | 'attention';
  attempts: number;
  nextAttemptAt: number;
  problem: { status: number; field: DraftField | null; serverField: string | null; message: string } | null;
  capturedAt: number;
}

interface BoothDb extends DBSchema {
  outbox: { key: string; value: OutboxItem };
}

let db: Promise<IDBPDatabase<BoothDb>> | undefined;
const open = () => (db ??= openDB<BoothDb>('pavilion-booth', 1, { upgrade: (d) => void d.createObjectStore('outbox', { keyPath: 'id' }) }));

let items: OutboxItem[] = [];
const listeners = new Set<() => void>();

function publish(next: OutboxItem[]): void {
  items = next.sort((a, b) => a.capturedAt - b.capturedAt);
  for (const listener of listeners) listener();
}

export const outboxItems = (): OutboxItem[] => items;
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads what survived a reload (or another tab wrote). */
export async function loadOutbox(): Promise<OutboxItem[]> {
  publish(await (await open()).getAll('outbox'));
  return items;
}

export async function putItem(item: OutboxItem): Promise<void> {
  await (await open()).put('outbox', item);
  publish([...items.filter((i) => i.id !== item.id), item]);
}

export async function removeItem(id: string): Promise<void> {
  await (await open()).delete('outbox', id);
  publish(items.filter((i) => i.id !== id));
}

export async function getItem(id: string): Promise<OutboxItem | undefined> {
  return (await open()).get('outbox', id);
}

export function newItem(draft: Draft, userId: string): OutboxItem {
  return {
    id: crypto.randomUUID(),
    idempotencyKey: crypto.randomUUID(),
    userId,
    draft,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    problem: null,
    capturedAt: Date.now(),
  };
}
