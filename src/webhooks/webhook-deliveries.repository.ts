import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { camelKeys } from '../common/case.js';
import { prepared } from '../database/prepared.js';
import { Transactions } from '../database/transactions.js';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** An event the subscriber offers to its agency's endpoints, with what matching needs. */
export interface EventToDeliver {
  id: string;
  agencyId: string;
  fairId: string | null;
  type: string;
  /** `consultation.*`: endpoints subscribed to every event of the record type. */
  wildcard: string;
  /** The scope an endpoint needs to hear of it. */
  scope: string;
  /** The body for endpoints with `buyers:pii`, and for the others. */
  payload: string;
  maskedPayload: string;
}

export interface DeliveryRow {
  seq: string;
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  /** Set while pending. */
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface AttemptRow {
  deliveryId: string;
  attemptedAt: Date;
  statusCode: number | null;
  responseTimeMs: number;
  responseBody: string | null;
  error: string | null;
  retryAt: Date | null;
}

export type Attempt = Omit<AttemptRow, 'deliveryId' | 'retryAt'>;

/** The head delivery an endpoint's sender may now send, with the endpoint's sealed secrets. */
export interface ClaimedDelivery {
  id: string;
  eventId: string;
  payload: string;
  failures: number;
  firstFailedAt: Date | null;
  url: string;
  secretCiphertext: string;
  /** Null once the rotation overlap has ended. */
  previousSecretCiphertext: string | null;
}

export type HeadClaim = { kind: 'idle' } | { kind: 'later'; at: Date } | { kind: 'claimed'; delivery: ClaimedDelivery };

const COLUMNS = `seq, id, event_id, event_type, status, attempts,
  CASE WHEN status = 'pending' THEN next_attempt_at END AS next_attempt_at, delivered_at, created_at`;

/** Back to the queue, due now, with a fresh retry window (a redelivery, an endpoint enabled again). */
const REQUEUE = `status = 'pending', next_attempt_at = now(), failures = 0, first_failed_at = NULL, delivered_at = NULL`;

/** A delivery the endpoint's scopes (the parameter `$scopes`) still read. */
const readableWith = (scopes: string) => `(scope IS NULL OR scope = ANY (${scopes})) AND (NOT personal OR 'buyers:pii' = ANY (${scopes}))`;

/**
 * Deliveries: one row per event and endpoint, sent in `seq` order. PostgreSQL holds all of their
 * state (pending, delivered, failed, attempts, the next attempt's time, the sender's lease), so a
 * lost job or a killed worker loses nothing: the sweep finds what is due.
 */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Of these agencies, those with an enabled endpoint: most writes concern none, and cost one indexed query. */
  async agenciesListening(manager: EntityManager, agencyIds: string[]): Promise<Set<string>> {
    const rows = await manager.query<{ agency_id: string }[]>(
      'SELECT DISTINCT agency_id FROM webhook_endpoints WHERE enabled AND agency_id = ANY($1::uuid[])',
      [agencyIds],
    );
    return new Set(rows.map((row) => row.agency_id));
  }

  /**
   * One delivery per event and matching endpoint of the event's own agency (event type or its
   * wildcard, fair filter, scope), in the events' order: identities are drawn after the sort, so
   * `seq` follows the feed. An event already queued for an endpoint is not queued again.
   */
  async insertForEvents(manager: EntityManager, events: EventToDeliver[]): Promise<{ agencyId: string; endpointId: string }[]> {
    const column = <K extends keyof EventToDeliver>(key: K) => events.map((event) => event[key]);
    const rows = await manager.query<{ agency_id: string; endpoint_id: string }[]>(
      `INSERT INTO webhook_deliveries (agency_id, endpoint_id, event_id, event_type, payload, scope, personal)
       SELECT w.agency_id, w.id, e.id, e.type, CASE WHEN w.personal THEN e.payload ELSE e.masked_payload END, e.scope,
              w.personal AND e.payload <> e.masked_payload
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY
              AS e(id, agency_id, fair_id, type, wildcard, scope, payload, masked_payload, ord)
         JOIN (SELECT *, 'buyers:pii' = ANY (scopes) AS personal FROM webhook_endpoints) w ON w.agency_id = e.agency_id AND w.enabled
          AND (e.type = ANY (w.event_types) OR e.wildcard = ANY (w.event_types))
          AND (w.fair_ids IS NULL OR e.fair_id = ANY (w.fair_ids))
          AND e.scope = ANY (w.scopes)
        ORDER BY e.ord, w.id
       ON CONFLICT (endpoint_id, event_id) DO NOTHING
       RETURNING agency_id, endpoint_id`,
      [column('id'), column('agencyId'), column('fairId'), column('type'), column('wildcard'), column('scope'), column('payload'), column('maskedPayload')],
    );
    const endpoints = new Map(rows.map((row) => [row.endpoint_id, row.agency_id]));
    return [...endpoints].map(([endpointId, agencyId]) => ({ agencyId, endpointId }));
  }

  /**
   * The endpoint's oldest pending delivery, leased to this sender for `leaseMs` when it is due and no
   * other sender holds it; otherwise when to look again. Nothing for a disabled endpoint. Only the
   * head is ever sent, so events reach an endpoint in feed order, one at a time. One statement (the
   * sender's hot path): the head is locked, read as locked, and leased or not in one go.
   */
  async claimHead(agencyId: string, endpointId: string, leaseMs: number): Promise<HeadClaim> {
    const [head] = await prepared<Record<string, unknown>>(
      this.transactions.manager,
      'webhook-claim-head',
      `WITH head AS (
         SELECT d.id, d.event_id, d.payload, d.failures, d.first_failed_at, d.next_attempt_at, d.locked_until,
                w.url, w.secret_ciphertext,
                CASE WHEN w.previous_secret_expires_at > now() THEN w.previous_secret_ciphertext END AS previous_secret_ciphertext
           FROM webhook_deliveries d
           JOIN webhook_endpoints w ON w.agency_id = d.agency_id AND w.id = d.endpoint_id AND w.enabled
          WHERE d.agency_id = $1 AND d.endpoint_id = $2 AND d.status = 'pending'
          ORDER BY d.seq LIMIT 1
            FOR UPDATE OF d),
       leased AS (
         UPDATE webhook_deliveries d SET locked_until = now() + $3 * interval '1 millisecond'
           FROM head
          WHERE d.id = head.id AND head.next_attempt_at <= now() AND (head.locked_until IS NULL OR head.locked_until <= now())
         RETURNING d.id)
       SELECT head.id, head.event_id, head.payload, head.failures, head.first_failed_at, head.url, head.secret_ciphertext,
              head.previous_secret_ciphertext, leased.id IS NOT NULL AS leased, greatest(head.next_attempt_at, head.locked_until) AS not_before
         FROM head LEFT JOIN leased ON leased.id = head.id`,
      [agencyId, endpointId, leaseMs],
    );
    if (!head) return { kind: 'idle' };
    const { leased, notBefore, ...delivery } = camelKeys<ClaimedDelivery & { leased: boolean; notBefore: Date }>(head);
    return leased ? { kind: 'claimed', delivery } : { kind: 'later', at: notBefore };
  }

  /** An attempt the receiver answered with a 2xx: the delivery is done, the lease released. */
  async recordDelivered(agencyId: string, deliveryId: string, attempt: Attempt): Promise<void> {
    await this.settle('webhook-delivered', agencyId, deliveryId, attempt, null,
      `status = 'delivered', delivered_at = $3, attempts = attempts + 1, failures = 0, first_failed_at = NULL, locked_until = NULL`);
  }

  /** A failed attempt: retried at `retryAt`, or given up (`failed`) when that is null. */
  async recordFailure(agencyId: string, deliveryId: string, attempt: Attempt, retryAt: Date | null): Promise<void> {
    await this.settle('webhook-failed', agencyId, deliveryId, attempt, retryAt,
      `status = CASE WHEN $8::timestamptz IS NULL THEN 'failed' ELSE 'pending' END, next_attempt_at = coalesce($8, next_attempt_at),
       attempts = attempts + 1, failures = failures + 1, first_failed_at = coalesce(first_failed_at, $3), locked_until = NULL`);
  }

  /** A failed attempt of a delivery that stays pending, unscheduled, while its endpoint is disabled (410). */
  async recordRefusal(agencyId: string, deliveryId: string, attempt: Attempt): Promise<void> {
    await this.settle('webhook-refused', agencyId, deliveryId, attempt, null,
      `attempts = attempts + 1, failures = failures + 1, first_failed_at = coalesce(first_failed_at, $3), locked_until = NULL`);
  }

  /**
   * The attempt and the delivery's new state in one statement. The attempt is taken from the delivery
   * row: an endpoint deleted meanwhile took its deliveries with it, and this then writes nothing.
   */
  private async settle(name: string, agencyId: string, deliveryId: string, attempt: Attempt, retryAt: Date | null, changes: string): Promise<void> {
    await prepared(
      this.transactions.manager,
      name,
      `WITH attempt AS (
         INSERT INTO webhook_attempts (agency_id, delivery_id, attempted_at, status_code, response_time_ms, response_body, error, retry_at)
         SELECT agency_id, id, $3, $4, $5, $6, $7, $8 FROM webhook_deliveries WHERE agency_id = $1 AND id = $2)
       UPDATE webhook_deliveries SET ${changes} WHERE agency_id = $1 AND id = $2`,
      [agencyId, deliveryId, attempt.attemptedAt, attempt.statusCode, attempt.responseTimeMs, attempt.responseBody, attempt.error, retryAt],
    );
  }

  /** Enabled endpoints with a delivery due for longer than `graceMs` and not leased: their job was lost. */
  async dueEndpoints(graceMs: number): Promise<{ agencyId: string; endpointId: string }[]> {
    const rows = await this.transactions.manager.query<{ agency_id: string; endpoint_id: string }[]>(
      `SELECT DISTINCT d.agency_id, d.endpoint_id
         FROM webhook_deliveries d
         JOIN webhook_endpoints w ON w.agency_id = d.agency_id AND w.id = d.endpoint_id AND w.enabled
        WHERE d.status = 'pending' AND d.next_attempt_at <= now() - $1 * interval '1 millisecond'
          AND (d.locked_until IS NULL OR d.locked_until < now())`,
      [graceMs],
    );
    return rows.map((row) => ({ agencyId: row.agency_id, endpointId: row.endpoint_id }));
  }

  /** Removes up to `limit` delivered deliveries (their attempts with them) delivered over `days` days ago; how many. */
  async purgeDelivered(days: number, limit: number): Promise<number> {
    const [, count] = await this.transactions.manager.query<[unknown[], number]>(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT id FROM webhook_deliveries WHERE status = 'delivered' AND delivered_at < now() - $1 * interval '1 day' LIMIT $2)`,
      [days, limit],
    );
    return count;
  }

  /** Newest first, `limit + 1` rows; the cursor is the last row's `seq`. */
  async list(agencyId: string, endpointId: string, filter: { limit: number; cursor?: string; status?: DeliveryStatus }): Promise<DeliveryRow[]> {
    const params: unknown[] = [agencyId, endpointId];
    let where = '';
    if (filter.status !== undefined) where += ` AND status = $${params.push(filter.status)}`;
    if (filter.cursor !== undefined) where += ` AND seq < $${params.push(filter.cursor)}`;
    const rows = await this.transactions.manager.query<Record<string, unknown>[]>(
      `SELECT ${COLUMNS} FROM webhook_deliveries WHERE agency_id = $1 AND endpoint_id = $2${where} ORDER BY seq DESC LIMIT ${filter.limit + 1}`,
      params,
    );
    return rows.map((row) => camelKeys<DeliveryRow>(row));
  }

  /** Every attempt of these deliveries, oldest first. */
  async attemptsOf(agencyId: string, deliveryIds: string[]): Promise<AttemptRow[]> {
    const rows = await this.transactions.manager.query<Record<string, unknown>[]>(
      `SELECT delivery_id, attempted_at, status_code, response_time_ms, response_body, error, retry_at
         FROM webhook_attempts WHERE agency_id = $1 AND delivery_id = ANY($2::uuid[]) ORDER BY delivery_id, id`,
      [agencyId, deliveryIds],
    );
    return rows.map((row) => camelKeys<AttemptRow>(row));
  }

  /**
   * One delivery, due again now (whatever its state), if the endpoint's `scopes` still read it; null
   * when the endpoint has no such delivery or may no longer read it.
   */
  async requeue(agencyId: string, endpointId: string, deliveryId: string, scopes: string[]): Promise<DeliveryRow | null> {
    const [[row]] = await this.transactions.manager.query<[Record<string, unknown>[], number]>(
      `UPDATE webhook_deliveries SET ${REQUEUE}
        WHERE agency_id = $1 AND endpoint_id = $2 AND id = $3 AND ${readableWith('$4::text[]')} RETURNING ${COLUMNS}`,
      [agencyId, endpointId, deliveryId, scopes],
    );
    return row ? camelKeys<DeliveryRow>(row) : null;
  }

  async exists(agencyId: string, endpointId: string, deliveryId: string): Promise<boolean> {
    const rows = await this.transactions.manager.query<unknown[]>('SELECT 1 FROM webhook_deliveries WHERE agency_id = $1 AND endpoint_id = $2 AND id = $3', [
      agencyId,
      endpointId,
      deliveryId,
    ]);
    return rows.length > 0;
  }

  /** Every delivery given up on that the endpoint's `scopes` still read, due again now (in their original order); how many. */
  async requeueFailed(agencyId: string, endpointId: string, scopes: string[]): Promise<number> {
    const [, count] = await this.transactions.manager.query<[unknown[], number]>(
      `UPDATE webhook_deliveries SET ${REQUEUE} WHERE agency_id = $1 AND endpoint_id = $2 AND status = 'failed' AND ${readableWith('$3::text[]')}`,
      [agencyId, endpointId, scopes],
    );
    return count;
  }

  /** An endpoint whose scopes changed: pending deliveries its new `scopes` do not read are dropped. */
  async dropUnreadable(agencyId: string, endpointId: string, scopes: string[]): Promise<void> {
    await this.transactions.manager.query(
      `DELETE FROM webhook_deliveries WHERE agency_id = $1 AND endpoint_id = $2 AND status = 'pending' AND NOT (${readableWith('$3::text[]')})`,
      [agencyId, endpointId, scopes],
    );
  }

  /** An endpoint enabled again: what was pending is due now, with a fresh retry window. */
  async resumePending(agencyId: string, endpointId: string): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE webhook_deliveries SET ${REQUEUE} WHERE agency_id = $1 AND endpoint_id = $2 AND status = 'pending'`,
      [agencyId, endpointId],
    );
  }

  /** A delivery outside the feed (the "send test event" action), queued after everything pending. */
  async insertTest(agencyId: string, endpointId: string, eventId: string, eventType: string, payload: string): Promise<DeliveryRow> {
    const [row] = await this.transactions.manager.query<Record<string, unknown>[]>(
      `INSERT INTO webhook_deliveries (agency_id, endpoint_id, event_id, event_type, payload) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [agencyId, endpointId, eventId, eventType, payload],
    );
    return camelKeys<DeliveryRow>(row);
  }
}
