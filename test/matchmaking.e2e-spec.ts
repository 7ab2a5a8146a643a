import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AgenciesService } from '../src/agencies/agencies.service.js';
import { CliModule } from '../src/cli/cli.module.js';
import { DEFAULT_CATEGORIES } from '../src/matchmaking/categories/category-vocabulary.js';
import { OutcomeReconciler } from '../src/outcomes/outcome-reconciler.js';
import { DEMO_AGENCY, DemoSeedService } from '../src/seed/demo-seed.service.js';
import { client, type Client } from './support/http.js';
import pg from 'pg';
import { type FairRow, insertBuyer, insertExhibitor, insertFair } from './support/records.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { sleep, startWorker, waitUntilQuiet } from './support/worker.js';

describe('matchmaking and meetings', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let staff: Client;
  let manager: Client;
  let otherManager: Client;
  let fair: FairRow;
  let session: { id: string; startsAt: string };

  const seedVocabulary = (agencyId: string) =>
    test.db.query('INSERT INTO categories (agency_id, slug, name) SELECT $1, slug, name FROM unnest($2::text[], $3::text[]) AS c(slug, name)', [
      agencyId,
      DEFAULT_CATEGORIES.map((c) => c.slug),
      DEFAULT_CATEGORIES.map((c) => c.name),
    ]);

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    await seedVocabulary(a.id);
    await seedVocabulary(b.id);
    staff = client(test, a.staff.token);
    manager = client(test, a.manager.token);
    otherManager = client(test, b.manager.token);
    fair = await insertFair(test, a.id, { name: 'CMEF 2026', year: 2026, startsOn: '2026-05-15', endsOn: '2026-05-18' });
    // 09:00–14:00 Shanghai (UTC+8) = 01:00–06:00 UTC: fifteen 20-minute slots, two tables.
    const created = await manager.post(`/v1/fairs/${fair.id}/meeting-sessions`, { date: '2026-05-15', startTime: '09:00', endTime: '14:00', slotMinutes: 20, tables: 2 });
    expect(created.statusCode).toBe(201);
    session = created.json();
  });
  afterAll(() => test.close());

  const slot = (n: number) => new Date(Date.parse(session.startsAt) + n * 20 * 60_000).toISOString();

  /** A meeting requested and accepted, ready for a slot. */
  async function accepted(companyId: string, buyerId: string, language?: string): Promise<string> {
    const requested = await staff.post(`/v1/fairs/${fair.id}/meetings`, { companyId, buyerId, ...(language ? { language } : {}) });
    expect(requested.statusCode).toBe(201);
    const id: string = requested.json().id;
    expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/accept`, {})).statusCode).toBe(200);
    return id;
  }

  const place = (id: string, n: number, tableNumber = 1, interpreterId?: string) =>
    staff.post(`/v1/fairs/${fair.id}/meetings/${id}/schedule`, { sessionId: session.id, startsAt: slot(n), tableNumber, ...(interpreterId ? { interpreterId } : {}) });

  describe('categories and profiles', () => {
    it('lists the seeded vocabulary and takes new categories from managers only', async () => {
      const list = await staff.get('/v1/categories');
      expect(list.json().data.map((c: { slug: string }) => c.slug)).toEqual(DEFAULT_CATEGORIES.map((c) => c.slug).sort());
      expect((await staff.post('/v1/categories', { slug: 'ophthalmology', name: 'Ophthalmology' })).statusCode).toBe(403);
      expect((await manager.post('/v1/categories', { slug: 'ophthalmology', name: 'Ophthalmology' })).statusCode).toBe(201);
      expect((await manager.post('/v1/categories', { slug: 'ophthalmology', name: 'Again' })).statusCode).toBe(409);
      expect((await otherManager.get('/v1/categories')).json().data.map((c: { slug: string }) => c.slug)).not.toContain('ophthalmology');
    });

    it('stores a company profile, refuses unknown categories naming the field, and honours If-Match', async () => {
      const companyId = await insertExhibitor(test, a.id, fair.id);
      const empty = await staff.get(`/v1/companies/${companyId}/profile`);
      expect(empty.json()).toEqual({ companyId, categories: [], certifications: [], targetMarkets: [], version: 0 });
      const unknown = await manager.put(`/v1/companies/${companyId}/profile`, { categories: ['teleportation'], certifications: [], targetMarkets: [] });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors[0].field).toBe('categories');
      const badCountry = await manager.put(`/v1/companies/${companyId}/profile`, { categories: [], certifications: [], targetMarkets: ['XX'] });
      expect(badCountry.statusCode).toBe(400);
      const saved = await manager.put(`/v1/companies/${companyId}/profile`, { categories: ['Dental'], certifications: ['ce'], targetMarkets: ['de'] });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toEqual({ companyId, categories: ['dental'], certifications: ['CE'], targetMarkets: ['DE'], version: 1 });
      expect(saved.headers.etag).toBe('"1"');
      const stale = await manager.put(`/v1/companies/${companyId}/profile`, { categories: [], certifications: [], targetMarkets: [] }, { 'if-match': '"0"' });
      expect(stale.statusCode).toBe(412);
      expect((await otherManager.get(`/v1/companies/${companyId}/profile`)).statusCode).toBe(404);
    });
  });

  describe('category vocabulary', () => {
    it('is seeded for an agency created by the operator and for the demo agency, once', async () => {
      const cli = await NestFactory.createApplicationContext(CliModule, { logger: false });
      try {
        const slugs = async (agencyId: string) =>
          (await test.db.query<{ slug: string }>('SELECT slug FROM categories WHERE agency_id = $1 ORDER BY slug', [agencyId])).rows.map((r) => r.slug);
        const expected = DEFAULT_CATEGORIES.map((c) => c.slug).sort();
        const { agencyId } = await cli.get(AgenciesService).createWithAdmin({ name: 'Busan Techno Park', adminEmail: 'admin@busan.test', adminPassword: 'a-long-enough-password' });
        expect(await slugs(agencyId)).toEqual(expected);
        const demo = cli.get(DemoSeedService);
        const { agencyId: demoId } = await demo.run();
        await demo.run();
        expect(await slugs(demoId)).toEqual(expected);
        expect((await cli.get(AgenciesService).findByName(DEMO_AGENCY))?.id).toBe(demoId);
      } finally {
        await cli.close();
      }
    });
  });

  describe('match suggestions', () => {
    let buyerId: string;
    let strong: string;
    let weak: string;

    beforeAll(async () => {
      strong = await insertExhibitor(test, a.id, fair.id);
      weak = await insertExhibitor(test, a.id, fair.id);
      buyerId = await insertBuyer(test, a.id, 'DE');
      await manager.put(`/v1/companies/${strong}/profile`, { categories: ['patient-monitoring', 'dental'], certifications: ['CE'], targetMarkets: ['DE'] });
      await manager.put(`/v1/companies/${weak}/profile`, { categories: ['aesthetics'], certifications: [], targetMarkets: [] });
      await staff.put(`/v1/buyers/${buyerId}/profile`, { categories: ['patient-monitoring'], requiredCertifications: [] });
      await test.db.query(
        `INSERT INTO consultations (agency_id, fair_id, company_id, buyer_id, buyer_country, occurred_at, local_date, type, stage, logged_by, version)
         VALUES ($1, $2, $3, $4, 'DE', '2026-05-15T02:00:00Z', '2026-05-15', 'booth', 'consulted', $5, 1)`,
        [a.id, fair.id, strong, buyerId, a.staff.id],
      );
    });

    it("ranks the fair's exhibitors for a buyer with the reasons that earned each score", async () => {
      const response = await staff.get(`/v1/fairs/${fair.id}/matches?buyerId=${buyerId}`);
      expect(response.statusCode).toBe(200);
      const [first, ...rest] = response.json().data;
      expect(first).toMatchObject({ companyId: strong, buyerId, buyerCountry: 'DE', score: 10 + 15 + 8 + 5 });
      expect(first.reasons).toEqual([
        { kind: 'sharedCategory', category: 'patient-monitoring', points: 10 },
        { kind: 'targetMarket', country: 'DE', points: 15 },
        { kind: 'certification', certification: 'CE', points: 8 },
        { kind: 'earlierConsultations', count: 1, points: 5 },
      ]);
      expect(first).not.toHaveProperty('email');
      const weakMatch = rest.find((m: { companyId: string }) => m.companyId === weak);
      expect(weakMatch.reasons).toEqual([{ kind: 'missingCertification', certification: 'CE', points: -12 }]);
      // Same data, same order.
      expect((await staff.get(`/v1/fairs/${fair.id}/matches?buyerId=${buyerId}`)).json()).toEqual(response.json());
    });

    it("suggests registered buyers for a company, never another agency's", async () => {
      const foreignBuyer = await insertBuyer(test, b.id, 'DE');
      await client(test, b.staff.token).put(`/v1/buyers/${foreignBuyer}/profile`, { categories: ['patient-monitoring'], requiredCertifications: [] });
      const response = await staff.get(`/v1/fairs/${fair.id}/matches?companyId=${strong}`);
      expect(response.statusCode).toBe(200);
      const ids = response.json().data.map((m: { buyerId: string }) => m.buyerId);
      expect(ids).toContain(buyerId);
      expect(ids).not.toContain(foreignBuyer);

      const foreignFair = await insertFair(test, b.id);
      const foreignCompany = await insertExhibitor(test, b.id, foreignFair.id);
      expect((await staff.get(`/v1/fairs/${foreignFair.id}/matches?buyerId=${buyerId}`)).statusCode).toBe(404);
      const mine = await staff.get(`/v1/fairs/${fair.id}/matches?buyerId=${buyerId}`);
      expect(mine.json().data.map((m: { companyId: string }) => m.companyId)).not.toContain(foreignCompany);
      expect((await staff.get(`/v1/fairs/${fair.id}/matches?buyerId=${foreignBuyer}`)).statusCode).toBe(422);
      expect((await staff.get(`/v1/fairs/${fair.id}/matches`)).statusCode).toBe(400);
      const notExhibiting = await staff.get(`/v1/fairs/${fair.id}/matches?companyId=${foreignCompany}`);
      expect(notExhibiting.statusCode).toBe(422);
      expect(notExhibiting.json().errors[0].field).toBe('companyId');
    });
  });

  describe('meetings', () => {
    it('goes requested → accepted → scheduled → held and becomes one interpreted consultation', async () => {
      const companyId = await insertExhibitor(test, a.id, fair.id);
      const buyerId = await insertBuyer(test, a.id, 'AE');
      const interpreter = (await manager.post('/v1/interpreters', { name: 'Kim', languages: ['ar', 'en'] })).json();
      const id = await accepted(companyId, buyerId, 'ar');
      const missingInterpreter = await place(id, 0, 1);
      expect(missingInterpreter.statusCode).toBe(422);
      expect(missingInterpreter.json().errors[0].field).toBe('interpreterId');
      const foreign = (await otherManager.post('/v1/interpreters', { name: 'Choi', languages: ['ar'] })).json();
      const foreignAnswer = await place(id, 0, 1, foreign.id);
      expect(foreignAnswer.statusCode).toBe(422);
      expect(foreignAnswer.json().errors[0].field).toBe('interpreterId');
      const english = (await manager.post('/v1/interpreters', { name: 'Yoon', languages: ['en'] })).json();
      expect((await place(id, 0, 1, english.id)).json().errors[0].message).toContain('does not speak "ar"');
      expect((await manager.post('/v1/interpreters', { name: 'Bad', languages: ['english'] })).json().errors[0].field).toBe('languages');
      const scheduled = await place(id, 0, 1, interpreter.id);
      expect(scheduled.statusCode).toBe(200);
      expect(scheduled.json()).toMatchObject({ status: 'scheduled', tableNumber: 1, startsAt: slot(0), endsAt: slot(1), interpreterId: interpreter.id });
      const stale = await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/held`, {}, { 'if-match': '"1"' });
      expect(stale.statusCode).toBe(412);
      expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/accept`, {})).statusCode).toBe(409);
      expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/held`, {})).json().status).toBe('held');

      const consultation = await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/consultation`, {});
      expect(consultation.statusCode).toBe(201);
      expect(consultation.json()).toMatchObject({ fairId: fair.id, companyId, buyerId, buyerCountry: 'AE', occurredAt: slot(0), type: 'interpreted', loggedBy: a.staff.id });
      expect((await staff.get(`/v1/fairs/${fair.id}/meetings/${id}`)).json().consultationId).toBe(consultation.json().id);
      expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/consultation`, {})).statusCode).toBe(409);
      const { rows } = await test.db.query('SELECT count(*)::int AS n FROM consultations WHERE agency_id = $1 AND company_id = $2', [a.id, companyId]);
      expect(rows[0].n).toBe(1);
    });

    it('declines and cancels only from open states', async () => {
      const companyId = await insertExhibitor(test, a.id, fair.id);
      const buyerId = await insertBuyer(test, a.id);
      const requested = (await staff.post(`/v1/fairs/${fair.id}/meetings`, { companyId, buyerId })).json();
      expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${requested.id}/decline`, {})).json().status).toBe('declined');
      expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${requested.id}/cancel`, {})).statusCode).toBe(409);
      expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${requested.id}/teleport`, {})).statusCode).toBe(404);
      const id = await accepted(companyId, buyerId);
      expect((await place(id, 5, 2)).statusCode).toBe(200);
      const cancelled = await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/cancel`, {});
      expect(cancelled.json()).toMatchObject({ status: 'cancelled', startsAt: null });
    });

    it('refuses a company that does not exhibit, and a buyer of another agency, naming the field', async () => {
      const outsider = await insertExhibitor(test, a.id, (await insertFair(test, a.id)).id);
      const buyerId = await insertBuyer(test, a.id);
      const notExhibiting = await staff.post(`/v1/fairs/${fair.id}/meetings`, { companyId: outsider, buyerId });
      expect(notExhibiting.statusCode).toBe(422);
      expect(notExhibiting.json().errors[0].field).toBe('companyId');
      const companyId = await insertExhibitor(test, a.id, fair.id);
      const foreign = await staff.post(`/v1/fairs/${fair.id}/meetings`, { companyId, buyerId: await insertBuyer(test, b.id) });
      expect(foreign.statusCode).toBe(422);
      expect(foreign.json().errors[0].field).toBe('buyerId');
    });

    it('replays a retried request with the same Idempotency-Key and creates one meeting', async () => {
      const companyId = await insertExhibitor(test, a.id, fair.id);
      const buyerId = await insertBuyer(test, a.id);
      const headers = { 'idempotency-key': `meeting-${companyId}` };
      const first = await staff.post(`/v1/fairs/${fair.id}/meetings`, { companyId, buyerId }, headers);
      const retry = await staff.post(`/v1/fairs/${fair.id}/meetings`, { companyId, buyerId }, headers);
      expect(first.statusCode).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json().id).toBe(first.json().id);
      const { rows } = await test.db.query('SELECT count(*)::int AS n FROM meetings WHERE company_id = $1', [companyId]);
      expect(rows[0].n).toBe(1);
    });

    it("answers another agency's fair and meetings as missing", async () => {
      const companyId = await insertExhibitor(test, a.id, fair.id);
      const id = await accepted(companyId, await insertBuyer(test, a.id));
      expect((await otherManager.get(`/v1/fairs/${fair.id}/meetings`)).statusCode).toBe(404);
      expect((await otherManager.get(`/v1/fairs/${fair.id}/meetings/${id}`)).statusCode).toBe(404);
      expect((await otherManager.post(`/v1/fairs/${fair.id}/meetings/${id}/cancel`, {})).statusCode).toBe(404);
      expect((await otherManager.get(`/v1/fairs/${fair.id}/meeting-sessions`)).statusCode).toBe(404);
      const theirs = (await otherManager.get('/v1/interpreters')).json().data.map((i: { name: string }) => i.name);
      expect(theirs).toEqual(['Choi']);
      const mine = (await staff.get('/v1/interpreters')).json().data;
      expect(mine.length).toBeGreaterThan(0);
      expect((await otherManager.get(`/v1/interpreters/${mine[0].id}`)).statusCode).toBe(404);
    });
  });

  describe('conflicts', () => {
    /** Three accepted meetings sharing `shared` (a company, a buyer, or nothing): two to book, and a rival. */
    async function trio(shared: 'company' | 'buyer' | 'none', language?: string): Promise<[string, string, string]> {
      const company = await insertExhibitor(test, a.id, fair.id);
      const buyer = await insertBuyer(test, a.id);
      const another = async () =>
        accepted(shared === 'company' ? company : await insertExhibitor(test, a.id, fair.id), shared === 'buyer' ? buyer : await insertBuyer(test, a.id), language);
      return [await accepted(company, buyer, language), await another(), await another()];
    }

    /** Waits until `count` sessions of this file's database wait on a lock. */
    async function lockWaiters(count: number): Promise<void> {
      for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(10)) {
        const { rows } = await test.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        if (rows[0].n >= count) return;
      }
      throw new Error(`${count} sessions did not come to wait on a lock`);
    }

    const cases: { name: string; conflict: string; setup: () => Promise<{ ids: [string, string, string]; tables: [number, number]; interpreter?: string }> }[] = [
      { name: 'company', conflict: 'company', setup: async () => ({ ids: await trio('company'), tables: [1, 2] }) },
      { name: 'buyer', conflict: 'buyer', setup: async () => ({ ids: await trio('buyer'), tables: [1, 2] }) },
      { name: 'table', conflict: 'table', setup: async () => ({ ids: await trio('none'), tables: [1, 1] }) },
      {
        name: 'interpreter',
        conflict: 'interpreter',
        setup: async () => ({
          ids: await trio('none', 'zh'),
          tables: [1, 2],
          interpreter: (await manager.post('/v1/interpreters', { name: 'Lee', languages: ['zh'] })).json().id,
        }),
      },
    ];
    let nextSlot = 1;

    it.each(cases)('refuses a second booking of the same $name at the same time, sequentially (409 naming it)', async ({ conflict, setup }) => {
      const { ids, tables, interpreter } = await setup();
      const at = nextSlot++;
      expect((await place(ids[0], at, tables[0], interpreter)).statusCode).toBe(200);
      const second = await place(ids[1], at, tables[1], interpreter);
      expect(second.statusCode).toBe(409);
      expect(second.json().conflict).toBe(conflict);
      expect((await staff.get(`/v1/fairs/${fair.id}/meetings/${ids[1]}`)).json().status).toBe('accepted');
    });

    it.each(cases)('lets exactly one of two concurrent bookings of the same $name win', async ({ conflict, setup }) => {
      const { ids, tables, interpreter } = await setup();
      const at = nextSlot++;
      const answers = await Promise.all([place(ids[0], at, tables[0], interpreter), place(ids[1], at, tables[1], interpreter)]);
      expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(answers.find((r) => r.statusCode === 409)?.json().conflict).toBe(conflict);
    });

    /*
     * PostgreSQL checks an exclusion constraint after putting the new entry into its index, so two
     * bookings whose entries are both in before either checks wait for each other: a deadlock, and one
     * of them is aborted (40P01). Under load that interleaving is rare; a rival booking held uncommitted
     * makes it certain: both requests put their entries in and wait on the rival, and once it rolls
     * back each finds the other's.
     */
    it.each(cases)('lets exactly one of two bookings of the same $name win when both wait on a rival that rolls back', async ({ conflict, setup }) => {
      const { ids, tables, interpreter } = await setup();
      const at = nextSlot++;
      const rival = new pg.Client({ connectionString: test.databaseUrl });
      await rival.connect();
      try {
        await rival.query('BEGIN');
        await rival.query(
          `UPDATE meetings SET status = 'scheduled', session_id = $2, table_number = $3, starts_at = $4, ends_at = $5, interpreter_id = $6 WHERE id = $1`,
          [ids[2], session.id, tables[0], slot(at), slot(at + 1), interpreter ?? null],
        );
        const racing = Promise.all([place(ids[0], at, tables[0], interpreter), place(ids[1], at, tables[1], interpreter)]);
        await lockWaiters(2);
        await rival.query('ROLLBACK');
        const answers = await racing;
        expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
        const refused = answers.find((r) => r.statusCode === 409);
        expect(refused?.headers['content-type']).toContain('application/problem+json');
        expect(refused?.json().conflict).toBe(conflict);
        const { rows } = await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM meetings WHERE id = ANY($1) AND status = 'scheduled'", [ids]);
        expect(rows[0].n).toBe(1);
      } finally {
        await rival.end();
      }
    });

    it('refuses a slot outside the session hours (409), and the database refuses one written around the API', async () => {
      const [id] = await trio('none');
      const late = await place(id, 15);
      expect(late.statusCode).toBe(409);
      expect(late.json().conflict).toBe('hours');
      const early = await place(id, -1);
      expect(early.statusCode).toBe(409);
      await expect(
        test.db.query(
          `UPDATE meetings SET status = 'scheduled', session_id = $2, table_number = 1, starts_at = $3, ends_at = $4 WHERE id = $1`,
          [id, session.id, slot(15), slot(16)],
        ),
      ).rejects.toThrow(/outside its session/);
      expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${id}/schedule`, { sessionId: session.id, startsAt: slot(0), tableNumber: 3 })).statusCode).toBe(422);
    });

    it('lets exactly one of two overlapping sessions created at once win when both wait on a rival that rolls back', async () => {
      // The sessions' no-overlap constraint deadlocks as the bookings' do (see above).
      const kimes = await insertFair(test, a.id, { name: 'KIMES 2026', startsOn: '2026-03-19', endsOn: '2026-03-22', timezone: 'Asia/Seoul', country: 'KR' });
      const rival = new pg.Client({ connectionString: test.databaseUrl });
      await rival.connect();
      try {
        await rival.query('BEGIN');
        await rival.query(
          `INSERT INTO meeting_sessions (agency_id, fair_id, day, local_start, local_end, starts_at, ends_at, slot_minutes, tables)
           VALUES ($1, $2, '2026-03-20', '10:00', '12:00', '2026-03-20T01:00:00Z', '2026-03-20T03:00:00Z', 20, 1)`,
          [a.id, kimes.id],
        );
        const create = (startTime: string, endTime: string) =>
          manager.post(`/v1/fairs/${kimes.id}/meeting-sessions`, { date: '2026-03-20', startTime, endTime, slotMinutes: 20, tables: 2 });
        const racing = Promise.all([create('10:00', '11:00'), create('10:30', '11:30')]);
        await lockWaiters(2);
        await rival.query('ROLLBACK');
        const answers = await racing;
        expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
        expect(answers.find((r) => r.statusCode === 409)?.headers['content-type']).toContain('application/problem+json');
        const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM meeting_sessions WHERE fair_id = $1', [kimes.id]);
        expect(rows[0].n).toBe(1);
      } finally {
        await rival.end();
      }
    });
  });

  describe('time zones', () => {
    it('places a 23:40 local slot that crosses midnight UTC, and exports it in the fair zone', async () => {
      const ny = await insertFair(test, a.id, { name: 'FIME 2026', startsOn: '2026-05-15', endsOn: '2026-05-16', timezone: 'America/New_York', country: 'US' });
      // 19:00–00:00 New York (EDT, UTC−4) is 23:00 UTC to 04:00 UTC the next day.
      const evening = await manager.post(`/v1/fairs/${ny.id}/meeting-sessions`, { date: '2026-05-15', startTime: '19:00', endTime: '00:00', slotMinutes: 20, tables: 1 });
      expect(evening.json()).toMatchObject({ startsAt: '2026-05-15T23:00:00.000Z', endsAt: '2026-05-16T04:00:00.000Z', timezone: 'America/New_York' });
      const companyId = await insertExhibitor(test, a.id, ny.id);
      const buyerId = await insertBuyer(test, a.id, 'US');
      const id = (await staff.post(`/v1/fairs/${ny.id}/meetings`, { companyId, buyerId })).json().id;
      await staff.post(`/v1/fairs/${ny.id}/meetings/${id}/accept`, {});
      const schedule = (startsAt: string) => staff.post(`/v1/fairs/${ny.id}/meetings/${id}/schedule`, { sessionId: evening.json().id, startsAt, tableNumber: 1 });
      expect((await schedule('2026-05-16T04:00:00Z')).statusCode).toBe(409); // 00:00 local: after the session
      const placed = await schedule('2026-05-16T03:40:00Z');
      expect(placed.statusCode).toBe(200);
      expect(placed.json().endsAt).toBe('2026-05-16T04:00:00.000Z');

      const ics = await staff.get(`/v1/fairs/${ny.id}/meetings/calendar.ics?companyId=${companyId}`);
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain('DTSTART;TZID=America/New_York:20260515T234000');
      expect(ics.body).toContain('DTEND;TZID=America/New_York:20260516T000000');
      expect(ics.body).toContain('BEGIN:VTIMEZONE');
      const forBuyer = await staff.get(`/v1/fairs/${ny.id}/meetings/calendar.ics?buyerId=${buyerId}`);
      expect(forBuyer.body).toContain(`UID:${id}@`);
      expect((await staff.get(`/v1/fairs/${ny.id}/meetings/calendar.ics`)).statusCode).toBe(400);
      const foreignBuyer = await insertBuyer(test, b.id);
      expect((await staff.get(`/v1/fairs/${ny.id}/meetings/calendar.ics?buyerId=${foreignBuyer}`)).statusCode).toBe(404);
      expect((await otherManager.get(`/v1/fairs/${ny.id}/meetings/calendar.ics?companyId=${companyId}`)).statusCode).toBe(404);
    });
  });

  describe('auto-scheduling', () => {
    let worker: INestApplicationContext;
    beforeAll(async () => {
      worker = await startWorker();
    });
    afterAll(() => worker.close());

    it('places accepted meetings with an interpreter where needed, reports the rest, and never moves scheduled ones', async () => {
      const sched = await insertFair(test, a.id, { name: 'KIMES 2026', startsOn: '2026-03-19', endsOn: '2026-03-22', timezone: 'Asia/Seoul', country: 'KR' });
      const sessionId = (await manager.post(`/v1/fairs/${sched.id}/meeting-sessions`, { date: '2026-03-19', startTime: '10:00', endTime: '11:00', slotMinutes: 20, tables: 2 })).json().id;
      const interpreter = (await manager.post('/v1/interpreters', { name: 'Park', languages: ['ru'] })).json().id;
      const company = await insertExhibitor(test, a.id, sched.id);
      const request = async (companyId: string, language?: string) => {
        const id = (await staff.post(`/v1/fairs/${sched.id}/meetings`, { companyId, buyerId: await insertBuyer(test, a.id), ...(language ? { language } : {}) })).json().id;
        await staff.post(`/v1/fairs/${sched.id}/meetings/${id}/accept`, {});
        return id;
      };
      const fixed = await request(company);
      const fixedAt = '2026-03-19T01:20:00.000Z'; // 10:20 Seoul
      expect((await staff.post(`/v1/fairs/${sched.id}/meetings/${fixed}/schedule`, { sessionId, startsAt: fixedAt, tableNumber: 2 })).statusCode).toBe(200);
      const ids = [await request(company), await request(company), await request(company), await request(await insertExhibitor(test, a.id, sched.id), 'ru'), await request(company, 'xx')];

      const started = await manager.post(`/v1/fairs/${sched.id}/meetings/schedule`, {});
      expect(started.statusCode).toBe(202);
      let run = started.json();
      for (let i = 0; i < 200 && run.status !== 'completed' && run.status !== 'failed'; i++) {
        await sleep(50);
        run = (await staff.get(`/v1/fairs/${sched.id}/meetings/schedule/${run.id}`)).json();
      }
      expect(run).toMatchObject({ status: 'completed', progress: 100 });
      // The company has three slots, one taken by the fixed meeting: two of its three plain requests fit.
      expect(run.result).toMatchObject({ requests: 5, placed: 3 });
      expect(run.result.unplaced.map((u: { reason: string }) => u.reason).sort()).toEqual(['company_fully_booked', 'no_interpreter_for_language']);
      const after = await staff.get(`/v1/fairs/${sched.id}/meetings/${fixed}`);
      expect(after.json()).toMatchObject({ status: 'scheduled', startsAt: fixedAt, tableNumber: 2 });
      const interpreted = (await staff.get(`/v1/fairs/${sched.id}/meetings/${ids[3]}`)).json();
      expect(interpreted).toMatchObject({ status: 'scheduled', interpreterId: interpreter });
      expect((await otherManager.get(`/v1/fairs/${sched.id}/meetings/schedule/${run.id}`)).statusCode).toBe(404);
    });

    it('counts meetings requested, held and no-show per fair and per company in the outcome', async () => {
      const medica = await insertFair(test, a.id, { name: 'MEDICA 2026', startsOn: '2026-11-16', endsOn: '2026-11-19', timezone: 'Europe/Berlin', country: 'DE' });
      const sessionId = (await manager.post(`/v1/fairs/${medica.id}/meeting-sessions`, { date: '2026-11-16', startTime: '10:00', endTime: '12:00', slotMinutes: 30, tables: 3 })).json().id;
      const company = await insertExhibitor(test, a.id, medica.id);
      const other = await insertExhibitor(test, a.id, medica.id);
      let next = 0;
      const meet = async (companyId: string, outcome: 'held' | 'no-show' | null) => {
        const id = (await staff.post(`/v1/fairs/${medica.id}/meetings`, { companyId, buyerId: await insertBuyer(test, a.id) })).json().id;
        if (outcome === null) return;
        await staff.post(`/v1/fairs/${medica.id}/meetings/${id}/accept`, {});
        const n = next++;
        const placed = await staff.post(`/v1/fairs/${medica.id}/meetings/${id}/schedule`, { sessionId, startsAt: new Date(Date.UTC(2026, 10, 16, 9, 30 * n)).toISOString(), tableNumber: 1 });
        expect(placed.statusCode).toBe(200);
        await staff.post(`/v1/fairs/${medica.id}/meetings/${id}/${outcome}`, {});
      };
      await meet(company, 'held');
      await meet(company, 'no-show');
      await meet(company, null);
      await meet(other, 'held');
      await waitUntilQuiet(test);
      const outcome = (await manager.get(`/v1/fairs/${medica.id}/outcomes`)).json();
      expect(outcome.meetings).toEqual({ requested: 4, held: 2, noShow: 1 });
      const byCompany = Object.fromEntries(outcome.byCompany.map((c: { companyId: string; meetings: unknown }) => [c.companyId, c.meetings]));
      expect(byCompany[company]).toEqual({ requested: 3, held: 1, noShow: 1 });
      expect(byCompany[other]).toEqual({ requested: 1, held: 1, noShow: 0 });

      // The reconciler recomputes meeting counts too: a tampered stored count is a difference.
      const reconciler = worker.get(OutcomeReconciler);
      expect((await reconciler.reconcile({ fairId: medica.id, repair: false })).fairsDiffering).toBe(0);
      await test.db.query('UPDATE fair_outcome_companies SET meetings_held = 7 WHERE fair_id = $1 AND company_id = $2', [medica.id, company]);
      const report = await reconciler.reconcile({ fairId: medica.id, repair: true });
      expect(report.fairsDiffering).toBe(1);
      expect(JSON.stringify(report.differences)).toContain('meetingsHeld');
      expect((await reconciler.reconcile({ fairId: medica.id, repair: false })).fairsDiffering).toBe(0);
    });
  });
});
