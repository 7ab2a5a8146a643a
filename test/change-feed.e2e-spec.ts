import { randomUUID } from 'node:crypto';
import { Injectable, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import type { ChangeEvent, ChangeSubscriber } from '../src/changes/change-event.js';
import { SubscribesToChanges } from '../src/changes/change-subscriber.js';
import { PurgeChangesJob } from '../src/changes/jobs/purge-changes.job.js';
import { JobsProducer } from '../src/jobs/jobs.producer.js';
import { WorkerModule } from '../src/worker.module.js';
import { client, type Client } from './support/http.js';
import { type FairRow, insertAgency, insertConsultations, insertExhibitor, insertFair, insertRate } from './support/records.js';
import { deleteRedisKeys, type SeededAgency, startTestStore, type TestApp, type TestStore } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { killWorker, outcomesVersusSource, sleep, spawnWorker, stopWorker, waitUntilQuiet, type WorkerProcess } from './support/worker.js';

/**
 * The change feed (issue 14): what each write route appends, in its own transaction; how the relay
 * hands the feed to subscribers (feed order, independent positions, retries, transactions committing
 * out of order, lost wake-ups, killed workers); and the purge. Real PostgreSQL, Redis and workers.
 */

/** Records what it is handed, in order. */
@Injectable()
@SubscribesToChanges()
class RecordingSubscriber implements ChangeSubscriber {
  readonly name = 'test:recording';
  readonly handed: ChangeEvent[] = [];

  handle(events: readonly ChangeEvent[]): Promise<void> {
    this.handed.push(...events);
    return Promise.resolve();
  }
}

/** Fails its next `failuresLeft` batches, noting each attempt's events. */
@Injectable()
@SubscribesToChanges()
class FlakySubscriber implements ChangeSubscriber {
  readonly name = 'test:flaky';
  failuresLeft = 0;
  readonly attempts: { ids: string[]; failed: boolean }[] = [];
  readonly handed: ChangeEvent[] = [];

  handle(events: readonly ChangeEvent[]): Promise<void> {
    const ids = events.map((event) => event.id);
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      this.attempts.push({ ids, failed: true });
      return Promise.reject(new Error('failing on purpose'));
    }
    this.attempts.push({ ids, failed: false });
    this.handed.push(...events);
    return Promise.resolve();
  }
}

/** Unordered, like the outcomes subscriber: handed what has committed without waiting for earlier transactions. */
@Injectable()
@SubscribesToChanges({ ordered: false })
class EagerSubscriber implements ChangeSubscriber {
  readonly name = 'test:eager';
  readonly handed: ChangeEvent[] = [];

  handle(events: readonly ChangeEvent[]): Promise<void> {
    this.handed.push(...events);
    return Promise.resolve();
  }
}

/** The worker with three test subscribers beside the outcomes one. */
@Module({ imports: [WorkerModule], providers: [RecordingSubscriber, FlakySubscriber, EagerSubscriber] })
class TestWorkerModule {}

interface StoredEvent {
  type: string;
  version: number | null;
  changedFields: string[];
  actor: string;
  fairId: string | null;
  agencyId: string;
}

const FAST = { OUTCOME_SWEEP_INTERVAL_MS: '1000', JOB_LOCK_DURATION_MS: '2000' };

async function waitFor(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The events of one record (a fair's outcome refreshes aside), in feed order, as the subscribers' contract spells them. */
async function eventsOf(test: TestStore, recordId: string): Promise<StoredEvent[]> {
  const { rows } = await test.db.query<StoredEvent>(
    `SELECT type, version, changed_fields AS "changedFields", actor, fair_id AS "fairId", agency_id AS "agencyId"
       FROM change_events WHERE record_id = $1 AND record_type <> 'outcome' ORDER BY tx_id, seq`,
    [recordId],
  );
  return rows;
}

/**
 * Every stale mark ever written in this file's database, kept here after the worker's refresh deletes
 * it from outcome_changes: which writes marked which fairs, whatever the worker has done since.
 */
async function logMarks(test: TestStore): Promise<void> {
  await test.db.query(`CREATE TABLE test_mark_log (n bigint GENERATED ALWAYS AS IDENTITY, fair_id uuid NOT NULL)`);
  await test.db.query(`CREATE FUNCTION test_log_mark() RETURNS trigger LANGUAGE plpgsql AS $fn$
                         BEGIN INSERT INTO test_mark_log (fair_id) VALUES (NEW.fair_id); RETURN NULL; END $fn$`);
  await test.db.query(`CREATE TRIGGER test_log_mark AFTER INSERT ON outcome_changes FOR EACH ROW EXECUTE FUNCTION test_log_mark()`);
}

/** The record's version as stored: a deleted record's event carries the version its soft delete left. */
async function storedVersion(test: TestStore, table: 'consultations' | 'participations' | 'companies' | 'buyers', id: string): Promise<number> {
  return (await test.db.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id])).rows[0].version;
}

/**
 * Events of record writes: a rolled-back write must not change this. Outcome refreshes and follow-up
 * rounds are the worker's own writes, at any moment (the 2017 fairs here are long past their rounds'
 * dates, so the sweep opens them while the tests run), so they are left out.
 */
async function writeEvents(test: TestStore): Promise<number> {
  const { rows } = await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM change_events WHERE record_type NOT IN ('outcome', 'followup')`);
  return rows[0].n;
}

/** Appends one event straight in SQL (no wake-up): what a committed write leaves when its wake-up is lost. */
async function appendInSql(db: pg.Pool | pg.Client, agencyId: string, occurredAt = 'now()'): Promise<{ id: string; txId: string; seq: string }> {
  const { rows } = await db.query<{ id: string; tx_id: string; seq: string }>(
    `INSERT INTO change_events (agency_id, record_type, record_id, version, type, occurred_at)
     VALUES ($1, 'company', $2, 1, 'company.updated', ${occurredAt}) RETURNING id, tx_id::text, seq::text`,
    [agencyId, randomUUID()],
  );
  return { id: rows[0].id, txId: rows[0].tx_id, seq: rows[0].seq };
}

describe('change feed', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let recording: RecordingSubscriber;
  let flaky: FlakySubscriber;
  let eager: EagerSubscriber;
  let a: SeededAgency;
  let staff: Client;
  let manager: Client;
  let fair: FairRow;
  let companyId: string;

  const handedIds = (subscriber: { handed: ChangeEvent[] }) => subscriber.handed.map((event) => event.id);
  const consult = (extra: object = {}) =>
    staff.post('/v1/consultations', { fairId: fair.id, companyId, buyerCountry: 'CN', occurredAt: '2017-05-15T03:00:00Z', ...extra });

  beforeAll(async () => {
    ({ test, a } = await startTwoAgencies({ ...FAST, CHANGE_RETENTION_DAYS: '7' }));
    worker = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    recording = worker.get(RecordingSubscriber);
    flaky = worker.get(FlakySubscriber);
    eager = worker.get(EagerSubscriber);
    staff = client(test, a.staff.token);
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id); // CMEF 2017, Asia/Shanghai, 15–18 May
    companyId = await insertExhibitor(test, a.id, fair.id);
    await logMarks(test);
  });
  afterAll(async () => {
    await worker?.close();
    await test?.close();
  });

  describe('each write route appends exactly its event, in its transaction', () => {
    const by = (user: { id: string }) => `user:${user.id}`;
    const lastMark = async () => (await test.db.query<{ n: string }>('SELECT coalesce(max(n), 0)::text AS n FROM test_mark_log')).rows[0].n;
    /** The fairs marked stale since `mark` (lastMark()), sorted. */
    const markedSince = async (mark: string) =>
      (await test.db.query<{ fair_id: string }>('SELECT DISTINCT fair_id FROM test_mark_log WHERE n > $1 ORDER BY fair_id', [mark])).rows.map((row) => row.fair_id);
    const marksSince = async (mark: string) => (await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM test_mark_log WHERE n > $1', [mark])).rows[0].n;

    it('consultations: created, updated with the changed fields, deleted', async () => {
      const created = await consult({ estimatedValue: { amount: '1000.00', currency: 'USD' } });
      expect(created.statusCode).toBe(201);
      const id = created.json<{ id: string }>().id;
      expect(await staff.patch(`/v1/consultations/${id}`, { stage: 'won' })).toMatchObject({ statusCode: 200 });
      expect(await staff.patch(`/v1/consultations/${id}`, { estimatedValue: { amount: '2000.00', currency: 'USD' } })).toMatchObject({ statusCode: 200 });
      expect(await staff.patch(`/v1/consultations/${id}`, { stage: 'won' })).toMatchObject({ statusCode: 200 }); // changes nothing
      expect(await staff.delete(`/v1/consultations/${id}`)).toMatchObject({ statusCode: 204 });
      const event = { actor: by(a.staff), fairId: fair.id, agencyId: a.id };
      expect(await eventsOf(test, id)).toEqual([
        { ...event, type: 'consultation.created', version: 1, changedFields: [] },
        { ...event, type: 'consultation.updated', version: 2, changedFields: ['stage'] },
        { ...event, type: 'consultation.updated', version: 3, changedFields: ['estimatedValue', 'estimatedValueUsd'] },
        { ...event, type: 'consultation.deleted', version: 4, changedFields: [] },
      ]);
      expect(await storedVersion(test, 'consultations', id)).toBe(4);
    });

    it('contracts: a contract becoming signed is contract.signed, and so is one logged as signed', async () => {
      const base = { fairId: fair.id, companyId, buyerCountry: 'AE', value: { amount: '500.00', currency: 'USD' } };
      const expected = (await staff.post('/v1/contracts', { ...base, status: 'expected' })).json<{ id: string }>();
      expect(await staff.patch(`/v1/contracts/${expected.id}`, { status: 'signed', signedOn: '2017-05-16' })).toMatchObject({ statusCode: 200 });
      const signed = (await staff.post('/v1/contracts', { ...base, status: 'signed', signedOn: '2017-05-17' })).json<{ id: string }>();
      const event = { actor: by(a.staff), fairId: fair.id, agencyId: a.id };
      expect(await eventsOf(test, expected.id)).toEqual([
        { ...event, type: 'contract.created', version: 1, changedFields: [] },
        { ...event, type: 'contract.signed', version: 2, changedFields: ['status', 'signedOn', 'onSite', 'signedPhase'] },
      ]);
      expect(await eventsOf(test, signed.id)).toEqual([{ ...event, type: 'contract.signed', version: 1, changedFields: [] }]);
    });

    it('participation: added, booth changed, removed, under the participation’s own id, each marking the fair stale', async () => {
      const other = (await manager.post('/v1/companies', { name: `Medi ${randomUUID().slice(0, 6)}` })).json<{ id: string }>();
      const path = `/v1/fairs/${fair.id}/participants`;
      const mark = await lastMark();
      expect(await manager.post(path, { companyId: other.id, booth: 'A1' })).toMatchObject({ statusCode: 201 });
      expect(await manager.patch(`${path}/${other.id}`, { booth: 'B2' })).toMatchObject({ statusCode: 200 });
      expect(await manager.delete(`${path}/${other.id}`)).toMatchObject({ statusCode: 204 });
      expect(await marksSince(mark)).toBe(3);
      expect(await markedSince(mark)).toEqual([fair.id]);
      const [{ id }] = (await test.db.query('SELECT id FROM participations WHERE fair_id = $1 AND company_id = $2', [fair.id, other.id])).rows;
      const event = { actor: by(a.manager), fairId: fair.id, agencyId: a.id };
      expect(await eventsOf(test, id as string)).toEqual([
        { ...event, type: 'participation.created', version: 1, changedFields: [] },
        { ...event, type: 'participation.updated', version: 2, changedFields: ['booth'] },
        { ...event, type: 'participation.deleted', version: 3, changedFields: [] },
      ]);
      expect(await storedVersion(test, 'participations', id as string)).toBe(3);
    });

    it('fairs: created; a move is fair.updated with its re-dated consultations in the same transaction; a rename marks nothing', async () => {
      const created = await manager.post('/v1/fairs', {
        series: 'medica', name: 'MEDICA 2017', year: 2017, city: 'Düsseldorf', country: 'DE',
        startsOn: '2017-11-13', endsOn: '2017-11-16', timezone: 'Europe/Berlin',
      });
      const moving = created.json<{ id: string }>().id;
      const exhibitor = await insertExhibitor(test, a.id, moving);
      // 23:30 UTC is the next day in Berlin, the same day in New York.
      const late = (await staff.post('/v1/consultations', { fairId: moving, companyId: exhibitor, buyerCountry: 'US', occurredAt: '2017-11-14T23:30:00Z' })).json<{ id: string }>();
      const early = (await staff.post('/v1/consultations', { fairId: moving, companyId: exhibitor, buyerCountry: 'US', occurredAt: '2017-11-14T12:00:00Z' })).json<{ id: string }>();

      const beforeRename = await lastMark();
      expect(await manager.patch(`/v1/fairs/${moving}`, { name: 'MEDICA 2017 (Düsseldorf)' })).toMatchObject({ statusCode: 200 });
      expect(await marksSince(beforeRename)).toBe(0);
      const beforeMove = await lastMark();
      expect(await manager.patch(`/v1/fairs/${moving}`, { timezone: 'America/New_York' })).toMatchObject({ statusCode: 200 });
      expect(await marksSince(beforeMove)).toBe(1); // one mark for the fair and its re-dated consultation, appended together

      const event = { actor: by(a.manager), fairId: moving, agencyId: a.id };
      expect(await eventsOf(test, moving)).toEqual([
        { ...event, type: 'fair.created', version: 1, changedFields: [] },
        { ...event, type: 'fair.updated', version: 2, changedFields: ['name'] },
        { ...event, type: 'fair.updated', version: 3, changedFields: ['timezone'] },
      ]);
      expect((await eventsOf(test, late.id)).at(-1)).toEqual({ ...event, type: 'consultation.updated', version: 2, changedFields: ['localDate'] });
      expect(await eventsOf(test, early.id)).toHaveLength(1); // its day did not move
      const { rows } = await test.db.query<{ tx_id: string }>(
        `SELECT tx_id::text FROM change_events WHERE (record_id = $1 AND version = 3) OR (record_id = $2 AND version = 2)`,
        [moving, late.id],
      );
      expect(rows).toHaveLength(2);
      expect(rows[0].tx_id).toBe(rows[1].tx_id);
    });

    it('exchange rates: entered and deleted, with no fair and no version', async () => {
      const created = await manager.post('/v1/exchange-rates', { currency: 'EUR', date: '2017-04-01', unitsPerUsd: '0.9400' });
      expect(created.statusCode).toBe(201);
      const id = created.json<{ id: string }>().id;
      expect(await manager.delete(`/v1/exchange-rates/${id}`)).toMatchObject({ statusCode: 204 });
      const event = { actor: by(a.manager), fairId: null, agencyId: a.id, version: null, changedFields: [] };
      expect(await eventsOf(test, id)).toEqual([
        { ...event, type: 'exchange_rate.created' },
        { ...event, type: 'exchange_rate.deleted' },
      ]);
    });

    it('a home-currency rate marks stale exactly the fairs whose pinned rate it changes', async () => {
      await test.db.query(`UPDATE agencies SET home_currency = 'KRW' WHERE id = $1`, [a.id]);
      await insertRate(test, a.id, 'KRW', '2017-01-01', '1130.00', a.admin.id);
      const kimes = await insertFair(test, a.id, { name: 'KIMES 2017', series: 'kimes', startsOn: '2017-03-16', endsOn: '2017-03-19', timezone: 'Asia/Seoul', country: 'KR' });
      // Set up in SQL, behind the feed's back: have every fair re-pinned to the January rate first.
      await test.db.query('INSERT INTO outcome_changes (agency_id, fair_id) SELECT agency_id, id FROM fairs WHERE agency_id = $1', [a.id]);
      await waitUntilQuiet(test);
      const { rows } = await test.db.query<{ id: string }>(
        `SELECT id FROM fairs WHERE agency_id = $1 AND starts_on >= '2017-04-01' AND deleted_at IS NULL ORDER BY id`,
        [a.id],
      );
      const openingAfterApril = rows.map((row) => row.id);
      expect(openingAfterApril).toContain(fair.id);
      expect(openingAfterApril).not.toContain(kimes.id);

      // Dated after KIMES opened: the fairs opening later change pin, KIMES keeps January's.
      let mark = await lastMark();
      const april = (await manager.post('/v1/exchange-rates', { currency: 'KRW', date: '2017-04-01', unitsPerUsd: '1120.00' })).json<{ id: string }>();
      expect(await markedSince(mark)).toEqual(openingAfterApril);
      await waitUntilQuiet(test);
      // A rate in another currency moves no pin.
      mark = await lastMark();
      expect(await manager.post('/v1/exchange-rates', { currency: 'CNY', date: '2017-04-01', unitsPerUsd: '6.9000' })).toMatchObject({ statusCode: 201 });
      expect(await markedSince(mark)).toEqual([]);
      // Deleted again: those fairs go back to the January rate.
      mark = await lastMark();
      expect(await manager.delete(`/v1/exchange-rates/${april.id}`)).toMatchObject({ statusCode: 204 });
      expect(await markedSince(mark)).toEqual(openingAfterApril);
      await waitUntilQuiet(test);
      expect((await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json().home).toMatchObject({ rate: '1130.000000', rateDate: '2017-01-01' });
    });

    it('companies and buyers: created, updated and deleted, naming changed fields, never their values', async () => {
      const company = (await manager.post('/v1/companies', { name: 'Wonju Medical', contactEmail: 'kim@wonju.example' })).json<{ id: string }>();
      expect(await manager.patch(`/v1/companies/${company.id}`, { contactEmail: 'lee@wonju.example', website: 'https://wonju.example' })).toMatchObject({ statusCode: 200 });
      expect(await manager.delete(`/v1/companies/${company.id}`)).toMatchObject({ statusCode: 204 });
      const buyer = (await staff.post('/v1/buyers', { organisation: 'Gulf Medical', contactName: 'Omar Haddad', email: 'omar@gulf.example', country: 'AE' })).json<{ id: string }>();
      expect(await staff.patch(`/v1/buyers/${buyer.id}`, { email: 'o.haddad@gulf.example', phone: '+971 4 000 0000' })).toMatchObject({ statusCode: 200 });
      expect(await staff.delete(`/v1/buyers/${buyer.id}`)).toMatchObject({ statusCode: 204 });

      expect(await eventsOf(test, company.id)).toEqual([
        { type: 'company.created', version: 1, changedFields: [], actor: by(a.manager), fairId: null, agencyId: a.id },
        { type: 'company.updated', version: 2, changedFields: ['website', 'contactEmail'], actor: by(a.manager), fairId: null, agencyId: a.id },
        { type: 'company.deleted', version: 3, changedFields: [], actor: by(a.manager), fairId: null, agencyId: a.id },
      ]);
      expect(await eventsOf(test, buyer.id)).toEqual([
        { type: 'buyer.created', version: 1, changedFields: [], actor: by(a.staff), fairId: null, agencyId: a.id },
        { type: 'buyer.updated', version: 2, changedFields: ['email', 'phone'], actor: by(a.staff), fairId: null, agencyId: a.id },
        { type: 'buyer.deleted', version: 3, changedFields: [], actor: by(a.staff), fairId: null, agencyId: a.id },
      ]);
      expect([await storedVersion(test, 'companies', company.id), await storedVersion(test, 'buyers', buyer.id)]).toEqual([3, 3]);
      const { rows } = await test.db.query<{ row: string }>('SELECT to_jsonb(e)::text AS row FROM change_events e WHERE record_id = ANY($1::uuid[])', [[company.id, buyer.id]]);
      for (const secret of ['kim@', 'lee@', 'Omar', 'omar@', 'haddad', '+971']) expect(rows.map((row) => row.row).join()).not.toContain(secret);
    });

    it('meetings: a request, and a step that counts for nothing, each appended (only the request marks the fair)', async () => {
      const buyerId = (await staff.post('/v1/buyers', { organisation: 'Saudi Care', country: 'SA' })).json<{ id: string }>().id;
      const beforeRequest = await lastMark();
      const requested = await staff.post(`/v1/fairs/${fair.id}/meetings`, { companyId, buyerId });
      expect(requested.statusCode).toBe(201);
      const id = requested.json<{ id: string }>().id;
      expect(await markedSince(beforeRequest)).toEqual([fair.id]);
      const beforeStep = await lastMark();
      expect(await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/accept`, {})).toMatchObject({ statusCode: 200 });
      expect(await marksSince(beforeStep)).toBe(0);
      const event = { actor: by(a.staff), fairId: fair.id, agencyId: a.id };
      expect(await eventsOf(test, id)).toEqual([
        { ...event, type: 'meeting.created', version: 1, changedFields: [] },
        { ...event, type: 'meeting.accepted', version: 2, changedFields: ['status'] },
      ]);
    });

    it('a write that is refused (412, 422) appends nothing', async () => {
      const id = (await consult()).json<{ id: string }>().id;
      const before = await writeEvents(test);
      const mark = await lastMark();
      expect(await staff.patch(`/v1/consultations/${id}`, { stage: 'lost' }, { 'if-match': '"7"' })).toMatchObject({ statusCode: 412 });
      const noRate = await consult({ estimatedValue: { amount: '10.00', currency: 'CHF' } });
      expect(noRate.statusCode).toBe(422);
      expect(await staff.patch(`/v1/consultations/${id}`, { estimatedValue: { amount: '10.00', currency: 'CHF' } })).toMatchObject({ statusCode: 422 });
      // A move that would leave the consultation outside the fair: refused after the fair row was written.
      expect(await manager.patch(`/v1/fairs/${fair.id}`, { startsOn: '2017-05-17' })).toMatchObject({ statusCode: 422 });
      expect(await writeEvents(test)).toBe(before);
      expect(await marksSince(mark)).toBe(0);
      expect(await eventsOf(test, id)).toHaveLength(1);
    });
  });

  describe('the relay', () => {
    /** The given events' ids in feed order, as the database orders them. */
    const feedOrder = async (ids: string[]) =>
      (await test.db.query<{ id: string }>('SELECT id FROM change_events WHERE id = ANY($1::uuid[]) ORDER BY tx_id, seq', [ids])).rows.map((row) => row.id);
    const eventIdsOf = async (recordIds: string[]) =>
      (await test.db.query<{ id: string }>('SELECT id FROM change_events WHERE record_id = ANY($1::uuid[])', [recordIds])).rows.map((row) => row.id);

    it('hands events in feed order to each subscriber; one that fails holds up no other and later gets the same events again', async () => {
      flaky.failuresLeft = 2;
      const attemptsBefore = flaky.attempts.length;
      const ids: string[] = [];
      for (let n = 0; n < 6; n++) {
        const response = await consult({ occurredAt: `2017-05-16T0${n}:00:00Z` });
        ids.push(response.json<{ id: string }>().id);
        if (n % 2 === 0) await staff.patch(`/v1/consultations/${ids[n]}`, { notes: `note ${n}` });
      }
      const events = await eventIdsOf(ids);
      expect(events).toHaveLength(9);

      await waitFor('the recording subscriber to get every event', () => events.every((id) => handedIds(recording).includes(id)));
      // The flaky one failed meanwhile, kept its position behind, and has not been handed them yet.
      expect(flaky.attempts.slice(attemptsBefore).some((attempt) => attempt.failed)).toBe(true);
      expect(events.some((id) => handedIds(flaky).includes(id))).toBe(false);
      const { rows } = await test.db.query<{ behind: boolean }>(
        `SELECT (f.tx_id, f.seq) < (r.tx_id, r.seq) AS behind FROM change_positions f, change_positions r
          WHERE f.subscriber = 'test:flaky' AND r.subscriber = 'test:recording'`,
      );
      expect(rows[0].behind).toBe(true);

      await waitFor('the flaky subscriber to catch up', () => events.every((id) => handedIds(flaky).includes(id)), 30_000);
      const attempts = flaky.attempts.slice(attemptsBefore);
      const firstFailed = attempts.find((attempt) => attempt.failed);
      const firstSuccess = attempts.find((attempt) => !attempt.failed);
      expect(firstSuccess?.ids.slice(0, firstFailed?.ids.length)).toEqual(firstFailed?.ids);
      for (const subscriber of [recording, flaky]) {
        const mine = handedIds(subscriber).filter((id) => events.includes(id));
        expect(mine).toEqual(await feedOrder(events));
        expect(new Set(mine).size).toBe(mine.length);
      }
    });

    it('does not skip an event whose transaction started earlier but committed later; an unordered subscriber gets the later one at once', async () => {
      const early = new pg.Client({ connectionString: test.databaseUrl });
      const late = new pg.Client({ connectionString: test.databaseUrl });
      await early.connect();
      await late.connect();
      try {
        await early.query('BEGIN');
        const first = await appendInSql(early, a.id);
        await late.query('BEGIN');
        const second = await appendInSql(late, a.id);
        await late.query('COMMIT');
        expect(BigInt(first.txId)).toBeLessThan(BigInt(second.txId));

        // The later transaction has committed, but the earlier one is still open: nothing may pass it.
        const marker = await appendInSql(test.db, a.id);
        await waitFor('the unordered subscriber to get the committed ones', () => [second.id, marker.id].every((id) => handedIds(eager).includes(id)));
        await sleep(2500); // two scheduled relay runs more
        expect(handedIds(recording)).not.toContain(second.id);
        expect(handedIds(recording)).not.toContain(marker.id);
        const { rows } = await test.db.query<{ subscriber: string }>(
          `SELECT subscriber FROM change_positions WHERE subscriber LIKE 'test:%' AND (tx_id, seq) >= ($1::xid8, $2::bigint)`,
          [first.txId, first.seq],
        );
        expect(rows).toEqual([]); // not even the unordered one's position has passed the open transaction's event

        await early.query('COMMIT');
        const all = [first.id, second.id, marker.id];
        await waitFor('all three events', () => all.every((id) => handedIds(recording).includes(id) && handedIds(eager).includes(id)));
        expect(handedIds(recording).filter((id) => all.includes(id))).toEqual(all);
        // The unordered one had the later two before the first (and may have had them more than once).
        expect(handedIds(eager).indexOf(second.id)).toBeLessThan(handedIds(eager).indexOf(first.id));
      } finally {
        await early.end();
        await late.end();
      }
    });

    it('catches up after its Redis keys are deleted (a lost wake-up only delays it)', async () => {
      const changes = worker.get(JobsProducer).queue('changes');
      await waitFor('the relay schedule', async () => (await changes.getJobScheduler('changes:relay')) !== undefined);
      await deleteRedisKeys(test.redisPrefix);
      expect(await changes.getJobScheduler('changes:relay')).toBeUndefined();
      const lost = await appendInSql(test.db, a.id); // committed, and no wake-up sent
      await waitFor('the event after the flush', () => handedIds(recording).includes(lost.id) && handedIds(flaky).includes(lost.id), 20_000);
    });

    it('purges events older than CHANGE_RETENTION_DAYS that every subscriber has passed, and only those', async () => {
      const oldPassed = await appendInSql(test.db, a.id, `now() - interval '10 days'`);
      const oldHeld = await appendInSql(test.db, a.id, `now() - interval '8 days'`);
      const recent = await appendInSql(test.db, a.id, `now() - interval '6 days'`);
      // A subscriber no worker runs, parked after the first: it has passed that one only.
      await test.db.query(`INSERT INTO change_positions (subscriber, tx_id, seq) VALUES ('test:parked', $1, $2)`, [oldPassed.txId, oldPassed.seq]);
      try {
        await waitFor('every live subscriber to pass the three', async () => {
          const { rows } = await test.db.query<{ passed: boolean }>(
            `SELECT bool_and((tx_id, seq) >= ($1::xid8, $2::bigint)) AS passed FROM change_positions WHERE subscriber <> 'test:parked'`,
            [recent.txId, recent.seq],
          );
          return rows[0].passed;
        });
        const left = async () =>
          (await test.db.query<{ id: string }>('SELECT id FROM change_events WHERE id = ANY($1::uuid[]) ORDER BY seq', [[oldPassed.id, oldHeld.id, recent.id]])).rows.map((row) => row.id);
        const purge = worker.get(PurgeChangesJob);

        expect(await purge.handle()).toEqual({ purged: 1 });
        expect(await left()).toEqual([oldHeld.id, recent.id]);
        await test.db.query(`UPDATE change_positions SET tx_id = $1, seq = $2 WHERE subscriber = 'test:parked'`, [recent.txId, recent.seq]);
        expect(await purge.handle()).toEqual({ purged: 1 });
        expect(await left()).toEqual([recent.id]);
      } finally {
        await test.db.query(`DELETE FROM change_positions WHERE subscriber = 'test:parked'`);
      }
    });
  });
});

describe('change feed relay across worker processes', () => {
  let store: TestStore;
  const workers: WorkerProcess[] = [];

  afterAll(async () => {
    await Promise.all(workers.map((worker) => killWorker(worker)));
    await store?.close();
  });

  /** Consultations written in SQL with their events in one statement (no wake-up): the relay's schedule finds them. */
  const writeInSql = async (agencyId: string, fair: FairRow, companies: string[], userId: string, seed: number) => {
    await insertConsultations(store, { agencyId, fair, companies, userId, count: 100, seed });
    const { rows } = await store.db.query<{ tx_id: string; seq: string }>(
      `INSERT INTO change_events (agency_id, fair_id, record_type, record_id, version, type)
       SELECT agency_id, fair_id, 'consultation', id, version, 'consultation.created' FROM consultations c
        WHERE fair_id = $1 AND NOT EXISTS (SELECT 1 FROM change_events e WHERE e.record_id = c.id)
       RETURNING tx_id::text, seq::text`,
      [fair.id],
    );
    return rows.at(-1) as { tx_id: string; seq: string };
  };
  const outcomesPassed = async (position: { tx_id: string; seq: string }) => {
    const { rows } = await store.db.query<{ passed: boolean }>(
      `SELECT coalesce((SELECT (tx_id, seq) >= ($1::xid8, $2::bigint) FROM change_positions WHERE subscriber = 'outcomes'), false) AS passed`,
      [position.tx_id, position.seq],
    );
    return rows[0].passed;
  };

  it('catches up after a worker is SIGKILLed, and the outcomes it drives end exact', async () => {
    store = await startTestStore(FAST);
    const agency = await insertAgency(store, 'Relay');
    const fair = await insertFair(store, agency.id);
    const companies = [await insertExhibitor(store, agency.id, fair.id), await insertExhibitor(store, agency.id, fair.id)];

    const first = spawnWorker(store, FAST);
    workers.push(first);
    await waitFor('the first worker to register the outcomes subscriber', async () =>
      (await store.db.query(`SELECT 1 FROM change_positions WHERE subscriber = 'outcomes'`)).rows.length > 0, 30_000);
    const one = await writeInSql(agency.id, fair, companies, agency.userId, 1);
    await waitFor('the first batch to be relayed', () => outcomesPassed(one), 30_000);

    const two = await writeInSql(agency.id, fair, companies, agency.userId, 2);
    await killWorker(first);
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = spawnWorker(store, FAST);
    workers.push(second);
    await waitFor('the second worker to relay what the first left', () => outcomesPassed(two), 30_000);
    await waitUntilQuiet(store, 30_000);
    const { stored, source } = await outcomesVersusSource(store);
    expect(stored).toEqual(source);
    const { rows } = await store.db.query<{ data: { consultations: { count: number } } }>(
      `SELECT data FROM change_events WHERE type = 'outcome.updated' AND record_id = $1 ORDER BY tx_id DESC, seq DESC LIMIT 1`,
      [fair.id],
    );
    expect(rows[0].data.consultations.count).toBe(Number((await store.db.query('SELECT count(*) AS n FROM consultations WHERE fair_id = $1 AND deleted_at IS NULL', [fair.id])).rows[0].n));
    await stopWorker(second);
  }, 120_000);
});
