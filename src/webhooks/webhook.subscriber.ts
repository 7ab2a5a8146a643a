import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChangeEvent, ChangeSubscriber } from '../changes/change-event.js';
import { SubscribesToChanges } from '../changes/change-subscriber.js';
import { eventPayload } from './event-payload.js';
import { readScopeOf, wildcardOf } from './event-types.js';
import { type EventToDeliver, WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookWakeUp } from './webhook-wake-up.js';

/**
 * The change feed's webhook subscriber: each event becomes one delivery per enabled endpoint of the
 * event's own agency that asked for it (event type or `<record>.*`, fair filter) and whose scopes
 * can read its record, written with the relay's transaction (so exactly once per event and
 * endpoint). Once that commits, each endpoint's sender is woken. Ordered (the relay's default): an
 * endpoint's deliveries must follow the feed, so events come only once no earlier one can still commit.
 */
@Injectable()
@SubscribesToChanges()
export class WebhookSubscriber implements ChangeSubscriber {
  readonly name = 'webhooks';

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly wakeUp: WebhookWakeUp,
  ) {}

  async handle(events: readonly ChangeEvent[], manager: EntityManager): Promise<void> {
    const readable = events.filter((event) => readScopeOf(event.type) !== undefined);
    if (readable.length === 0) return;
    const listening = await this.deliveries.agenciesListening(manager, [...new Set(readable.map((event) => event.agencyId))]);
    const offered = inVersionOrder(readable.filter((event) => listening.has(event.agencyId)));
    if (offered.length === 0) return;
    const woken = await this.deliveries.insertForEvents(manager, offered.map(toDeliver));
    for (const { agencyId, endpointId } of woken) this.wakeUp.afterCommit(agencyId, endpointId);
  }
}

const toDeliver = (event: ChangeEvent): EventToDeliver => ({
  id: event.id,
  agencyId: event.agencyId,
  fairId: event.fairId,
  type: event.type,
  wildcard: wildcardOf(event.recordType),
  scope: readScopeOf(event.type) as string,
  payload: eventPayload(event, true),
  maskedPayload: eventPayload(event, false),
});

/**
 * The feed is in transaction-id order, which two writes to one record can invert (the writer that
 * waited on the row lock may hold the older transaction id; README "Change feed"). Each record's
 * events are put back in version order among the places they hold; other events do not move.
 */
export function inVersionOrder(events: readonly ChangeEvent[]): ChangeEvent[] {
  const places = new Map<string, number[]>();
  events.forEach((event, index) => {
    if (event.version === null) return;
    const key = `${event.recordType}:${event.recordId}`;
    places.set(key, [...(places.get(key) ?? []), index]);
  });
  const ordered = [...events];
  for (const indexes of places.values()) {
    const sorted = indexes.map((index) => events[index]).sort((left, right) => (left.version ?? 0) - (right.version ?? 0));
    indexes.forEach((index, position) => (ordered[index] = sorted[position]));
  }
  return ordered;
}
