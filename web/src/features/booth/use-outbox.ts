import { useSyncExternalStore } from 'react';
import { outboxItems, subscribeOutbox, type OutboxItem } from './outbox';

/** The outbox items of one user, oldest first. */
export function useOutbox(userId: string): OutboxItem[] {
  const items = useSyncExternalStore(subscribeOutbox, outboxItems);
  return items.filter((item) => item.userId === userId);
}
