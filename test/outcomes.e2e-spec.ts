import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { OutcomeRefresher } from '../src/outcomes/outcome-refresher.js';
import { client, type Client } from './support/http.js';
import { type FairRow, insertBuyer, insertExhibitor, insertFair, insertRate } from './support/records.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { sleep, startWorker, storedVersusSource, waitForBlockedBy, waitUntilQuiet } from './support/worker.js';

describe('outcomes', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let b: SeededAgency;
  let staff: Client;
  let manager: Client;
  let fair: FairRow;
  let companies: string[];

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies({ OUTCOME_SWEEP_INTERVAL_MS: '1000' }));
    worker = await startWorker();
    await test.db.query(`UPDATE agencies SET home_currency = 'KRW' WHERE id = $1`, [a.id]);
    staff = client(test, a.staff.token);
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id); // CMEF 2017, Asia/Shanghai
    companies = [await insertExhibitor(test, a.id, fair.id), await insertExhibitor(test, a.id, fair.id), await insertExhibitor(test, a.id, fair.id)];
    await insertRate(test, a.id, 'KRW', '2017-05-01', '1130.00', a.admin.id);
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  const consult = (companyId: string, occurredAt: string, amount: string, extra: object = {}) =>
    staff.post('/v1/consultations', { fairId: fair.id, companyId, buyerCountry: 'CN', occurredAt, estimatedValue: { amount, currency: 'USD' }, ...extra });

  it('computes totals and breakdowns that equal the source, exactly, within moments of the writes', async () => {
    const buyer = await insertBuyer(test, a.id, 'VN');
    expect((await consult(companies[0], '2017-05-15T02:00:00Z', '1000.10')).statusCode).toBe(201);
    expect((await consult(companies[0], '2017-05-15T17:30:00Z', '2000.20', { buyerId: buyer, buyerCountry: undefined })).statusCode).toBe(201); // 16 May local
    expect((await consult(companies[1], '2017-05-16T03:00:00Z', '1130000', { estimatedValue: { amount: '1130000', currency: 'KRW' } })).statusCode).toBe(201);
    const signed = { fairId: fair.id, companyId: companies[1], buyerCountry: 'AE', status: 'signed', signedOn: '2017-05-17', value: { amount: '500.05', currency: 'USD' } };
    expect((await staff.post('/v1/contracts', signed)).statusCode).toBe(201);
    expect((await staff.post('/v1/contracts', { ...signed, status: 'expected', signedOn: undefined, value: { amount: '700.00', currency: 'USD' } })).statusCode).toBe(201);
    expect((await staff.post('/v1/contracts', { ...signed, status: 'cancelled', value: { amount: '999.00', currency: 'USD' } })).statusCode).toBe(201);

    await waitUntilQuiet(test);
    const outcome = (await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json();
    expect(outcome).toMatchObject({
      fairId: fair.id,
      fair: { name: 'CMEF 2017', series: 'cmef', year: 2017 },
      consultations: { count: 3, valueUsd: '4000.30' },
      contracts: { signed: { count: 1, valueUsd: '500.05' }, expected: { count: 1, valueUsd: '700.00' } },
      companies: 3,
      buyers: 1,
      countries: 3, // CN, VN from consultations; AE from the live contracts
      conversion: '0.3333',
      home: { currency: 'KRW', rate: '1130.000000', rateDate: '2017-05-01', consultationsValue: '4520339.00', signedValue: '565056.50' },
      stale: false,
    });
    expect(outcome.byCompany).toHaveLength(3); // the idle exhibitor appears with zeros
    expect(outcome.byCompany.find((c: { companyId: string }) => c.companyId === companies[2]).consultations).toEqual({ count: 0, valueUsd: '0.00' });
    expect(outcome.byDay.map((d: { date: string }) => d.date)).toEqual(['2017-05-15', '2017-05-16', '2017-05-17']);
    expect(outcome.byDay[1].consultations).toEqual({ count: 2, valueUsd: '3000.20' });
    expect(outcome.byCountry.map((c: { country: string }) => c.country)).toEqual(['AE', 'CN', 'VN']);

    const { stored, source } = await storedVersusSource(test);
    expect(stored).toEqual(source);
  });

  it('reflects edits and deletes: a lost consultation still counts, a deleted one and a cancelled contract do not', async () => {
    const created = (await consult(companies[2], '2017-05-18T03:00:00Z', '10.00')).json();
    await waitUntilQuiet(test);
    const before = (await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json();
    await staff.patch(`/v1/consultations/${created.id}`, { stage: 'lost' });
    await staff.delete(`/v1/consultations/${created.id}`);
    await waitUntilQuiet(test);
    const after = (await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json();
    expect(after.consultations.count).toBe(before.consultations.count - 1);
    const { stored, source } = await storedVersusSource(test);
    expect(stored).toEqual(source);
  });

  it('rolls up per fair with a grand total summed in SQL, and per series year over year', async () => {
    const kimes = await insertFair(test, a.id, { name: 'KIMES 2018', series: 'kimes', year: 2018, startsOn: '2018-03-15', endsOn: '2018-03-18', timezone: 'Asia/Seoul', country: 'KR' });
    const exhibitor = await insertExhibitor(test, a.id, kimes.id);
    await staff.post('/v1/consultations', { fairId: kimes.id, companyId: exhibitor, buyerCountry: 'JP', occurredAt: '2018-03-15T02:00:00Z', estimatedValue: { amount: '0.05', currency: 'USD' } });
    await waitUntilQuiet(test);
    const all = (await manager.get('/v1/outcomes')).json();
    const cmef = all.data.find((row: { fairId: string }) => row.fairId === fair.id);
    const expectedTotal = (BigInt(cmef.consultations.valueUsd.replace('.', '')) + 5n).toString();
    expect(all.total.consultations.valueUsd.replace('.', '')).toBe(expectedTotal);
    expect(all.total.fairs).toBe(2);
    const only2018 = (await manager.get('/v1/outcomes?year=2018')).json();
    expect(only2018.data.map((row: { fairId: string }) => row.fairId)).toEqual([kimes.id]);
    expect(only2018.total.consultations).toEqual({ count: 1, valueUsd: '0.05' });
    const series = (await manager.get('/v1/outcomes/series/kimes')).json();
    expect(series.years).toEqual([{ year: 2018, total: expect.objectContaining({ fairs: 1, consultations: { count: 1, valueUsd: '0.05' } }) }]);
    expect((await manager.get('/v1/outcomes/series/nothing-here')).statusCode).toBe(404);
    expect((await manager.get('/v1/outcomes?year=twenty')).statusCode).toBe(400);
  });

  it('is for managers and admins; staff get 403', async () => {
    expect((await staff.get(`/v1/fairs/${fair.id}/outcomes`)).statusCode).toBe(403);
    expect((await staff.get('/v1/outcomes')).statusCode).toBe(403);
    expect((await client(test, a.admin.token).get('/v1/outcomes')).statusCode).toBe(200);
  });

  it("never shows another agency's outcomes: 404 on its fair, nothing in its rollups", async () => {
    const other = client(test, b.manager.token);
    expect((await other.get(`/v1/fairs/${fair.id}/outcomes`)).statusCode).toBe(404);
    const rollup = (await other.get('/v1/outcomes')).json();
    expect(rollup.data).toEqual([]);
    expect(rollup.total).toMatchObject({ fairs: 0, consultations: { count: 0, valueUsd: '0.00' } });
    expect((await other.get('/v1/outcomes/series/cmef')).statusCode).toBe(404);
  });

  /** The answer rendered at refresh, as stored (null when none is). */
  const storedDocument = async (fairId: string) =>
    (await test.db.query<{ text: string }>(`SELECT head || 'false' || tail AS text FROM fair_outcome_documents WHERE fair_id = $1`, [fairId])).rows[0]?.text ?? null;

  /** Waits for the worker to render the fair's answer again, and returns it. */
  const renderedAgain = async (fairId: string, containing: string) => {
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(50)) {
      const text = await storedDocument(fairId);
      if (text?.includes(containing)) return text;
    }
    throw new Error(`fair ${fairId}: no answer containing ${containing} was rendered`);
  };

  it('answers with the document rendered at refresh: the bytes the stored rows render to, stale filled in at read', async () => {
    await waitUntilQuiet(test);
    const stored = await storedDocument(fair.id);
    const answer = await manager.get(`/v1/fairs/${fair.id}/outcomes`);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.body).toBe(stored);

    // Without a document the read renders the stored rows: the same bytes.
    await test.db.query('DELETE FROM fair_outcome_documents WHERE fair_id = $1', [fair.id]);
    expect((await manager.get(`/v1/fairs/${fair.id}/outcomes`)).body).toBe(stored);
    await worker.get(OutcomeRefresher).refresh(a.id, fair.id);
    expect(await storedDocument(fair.id)).toBe(stored);

    // A write not yet accounted for shows at once, in the stored answer as in the rows'.
    await test.db.query('INSERT INTO outcome_changes (agency_id, fair_id) VALUES ($1, $2)', [a.id, fair.id]);
    expect((await manager.get(`/v1/fairs/${fair.id}/outcomes`)).body).toBe(stored?.replace('"stale":false', '"stale":true'));
    await waitUntilQuiet(test);
  });

  it("shows a fair's or a company's new name at once, and renders the answer again", async () => {
    await waitUntilQuiet(test);
    expect((await manager.patch(`/v1/companies/${companies[0]}`, { name: 'Wonju Renamed Medical' })).statusCode).toBe(200);
    expect((await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json().byCompany.map((c: { companyName: string }) => c.companyName)).toContain('Wonju Renamed Medical');
    const byCompany = await renderedAgain(fair.id, 'Wonju Renamed Medical');
    expect((await manager.get(`/v1/fairs/${fair.id}/outcomes`)).body).toBe(byCompany);

    expect((await manager.patch(`/v1/fairs/${fair.id}`, { name: 'CMEF 2017 Shanghai' })).statusCode).toBe(200);
    expect((await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json().fair.name).toBe('CMEF 2017 Shanghai');
    const byFair = await renderedAgain(fair.id, 'CMEF 2017 Shanghai');
    expect((await manager.get(`/v1/fairs/${fair.id}/outcomes`)).body).toBe(byFair);
    await manager.patch(`/v1/fairs/${fair.id}`, { name: 'CMEF 2017' });
  });

  it('renders the answer of a fair refreshed while one of its companies is edited from the edit, without a deadlock', async () => {
    await waitUntilQuiet(test);
    await renderedAgain(fair.id, '"name":"CMEF 2017",'); // the answer the edit's trigger will drop
    const editor = new pg.Client({ connectionString: test.databaseUrl });
    await editor.connect();
    try {
      await editor.query('BEGIN');
      await editor.query('SELECT 1 FROM companies WHERE id = $1 FOR UPDATE', [companies[1]]);
      const editorPid = (await editor.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      await test.db.query('INSERT INTO outcome_changes (agency_id, fair_id) VALUES ($1, $2)', [a.id, fair.id]);
      const refresh = worker.get(OutcomeRefresher).refresh(a.id, fair.id);
      // The refresh has stored the new figures and waits for the company's row before rendering; the
      // edit's trigger then drops the answer without waiting for the refresh.
      expect(await waitForBlockedBy(test, editorPid)).toBe(true);
      await editor.query(`UPDATE companies SET name = 'Raced Medical' WHERE id = $1`, [companies[1]]);
      await editor.query('COMMIT');
      expect(await refresh).toMatchObject({ computed: true, documented: true });
    } finally {
      await editor.end();
    }
    expect(await storedDocument(fair.id)).toContain('"companyName":"Raced Medical"');
    await waitUntilQuiet(test);
    expect((await manager.get(`/v1/fairs/${fair.id}/outcomes`)).body).toBe(await storedDocument(fair.id));
  });

  it("answers 404 for a deleted fair: its document goes with it", async () => {
    const gone = await insertFair(test, a.id, { name: 'MEDICA 2017', series: 'medica', startsOn: '2017-11-13', endsOn: '2017-11-16', timezone: 'Europe/Berlin', country: 'DE' });
    await worker.get(OutcomeRefresher).refresh(a.id, gone.id);
    expect(await storedDocument(gone.id)).not.toBeNull();
    expect((await manager.get(`/v1/fairs/${gone.id}/outcomes`)).statusCode).toBe(200);
    expect((await manager.delete(`/v1/fairs/${gone.id}`)).statusCode).toBe(204);
    expect(await storedDocument(gone.id)).toBeNull();
    expect((await manager.get(`/v1/fairs/${gone.id}/outcomes`)).statusCode).toBe(404);
  });

  it('keeps only ids in job payloads: no personal data in Redis', async () => {
    const { Redis } = await import('ioredis');
    const redis = new Redis(test.env.REDIS_URL);
    try {
      const keys = await redis.keys(`${test.redisPrefix}:bull:*`);
      const payloads: string[] = [];
      for (const key of keys) {
        if ((await redis.type(key)) === 'hash') {
          const data = await redis.hget(key, 'data');
          if (data) payloads.push(data);
        }
      }
      expect(payloads.length).toBeGreaterThan(0);
      for (const payload of payloads) {
        expect(Object.keys(JSON.parse(payload) as object).sort()).toEqual(expect.arrayContaining(['agencyId']));
        expect(payload).not.toMatch(/@|Wang Wei|Buyer /);
      }
    } finally {
      redis.disconnect();
    }
  });
});
