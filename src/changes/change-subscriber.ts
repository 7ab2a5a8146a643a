import { SetMetadata } from '@nestjs/common';

export const CHANGE_SUBSCRIBER = 'pavilion:changeSubscriber';

export interface ChangeSubscriberOptions {
  /**
   * True (the default): events come in feed order, each once per position move, and only once every
   * transaction that could still append an earlier event has ended — so a long transaction anywhere
   * (any transaction holding a transaction id) holds the subscriber back until it ends.
   *
   * False: events come as soon as they commit, for a subscriber that needs promptness rather than
   * order and does idempotent work (outcomes: their truth is the stale marks the write itself left).
   * Its position still only moves past events no earlier transaction can precede, so nothing is
   * skipped; the price is that an event past that point comes again on later runs until it is, and
   * an event of a transaction that commits late may come after later ones.
   */
  ordered?: boolean;
}

/**
 * Marks a provider (implementing ChangeSubscriber) that the worker's relay hands the change feed
 * to. Registering the provider in any module of the worker is all it takes: the relay finds it at
 * start and gives it a position at the current head of the feed.
 */
export const SubscribesToChanges = (options: ChangeSubscriberOptions = {}): ClassDecorator =>
  SetMetadata(CHANGE_SUBSCRIBER, { ordered: options.ordered ?? true });
