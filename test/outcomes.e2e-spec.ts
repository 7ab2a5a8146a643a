import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { OutcomeRefresher } from '../src/outcomes/outcome-refresher.js';
import { type Funnel, type FunnelHome, funnelsFromSource } from './support/funnel-source.js';
import { client, type Client } from './support/http.js';
import {
  type FairRow,
  insertBuyer,
  insertCompany,
  insertConsultations,
  insertContracts,
  insertExhibitor,
  insertFair,
  insertFollowUps,
  insertMarks,
  insertParticipation,
  insertRate,
} from './support/records.js';
import { seedAgency, type SeededAgency, type TestApp } from './support/test-app.js';
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

  it('carries the funnel in the year and series rollups: per fair in USD and the home currency, per year and per series year, each a GROUP BY over the records', async () => {
    // An agency of its own, so the rollups hold exactly the fairs made here.
    const c = await seedAgency(test, 'Gangwon');
    await test.db.query(`UPDATE agencies SET home_currency = 'KRW' WHERE id = $1`, [c.id]);
    // Each year's fairs at their own pinned rate.
    await insertRate(test, c.id, 'KRW', '2017-01-02', '1130.500000', c.admin.id);
    await insertRate(test, c.id, 'KRW', '2018-01-02', '1071.250000', c.admin.id);
    const writer = client(test, c.staff.token);
    const reader = client(test, c.manager.token);
    const kr = { timezone: 'Asia/Seoul', country: 'KR' };
    const plans = [
      { name: 'KIMES 2017', series: 'kimes', year: 2017, startsOn: '2017-03-16', endsOn: '2017-03-19', ...kr },
      { name: 'CMEF 2017', series: 'cmef', year: 2017, startsOn: '2017-05-15', endsOn: '2017-05-18' },
      { name: 'KIMES 2018', series: 'kimes', year: 2018, startsOn: '2018-03-15', endsOn: '2018-03-18', ...kr },
      { name: 'CMEF 2018', series: 'cmef', year: 2018, startsOn: '2018-04-11', endsOn: '2018-04-14' },
      // Two editions of a series in one year: the series' year total is theirs together.
      { name: 'CMEF Autumn 2018', series: 'cmef', year: 2018, startsOn: '2018-10-29', endsOn: '2018-11-01' },
    ];
    const companies = [await insertCompany(test, c.id), await insertCompany(test, c.id)];
    const after = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const created = async (path: string, body: object): Promise<string> => {
      const response = await writer.post(path, body);
      if (response.statusCode !== 201) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
      return response.json<{ id: string }>().id;
    };
    for (const [index, plan] of plans.entries()) {
      const target = await insertFair(test, c.id, plan);
      for (const company of companies) await insertParticipation(test, c.id, target.id, company);
      // Booth and interpreted consultations, signed / expected / cancelled contracts, provisional and later contracts with shipments (some deleted).
      const records = { agencyId: c.id, fair: target, companies, userId: c.staff.id, seed: index + 1 };
      await insertConsultations(test, { ...records, count: 40 + index * 7 });
      await insertContracts(test, { ...records, count: 9 + index });
      await insertFollowUps(test, { ...records, count: 6 + index });
      await insertMarks(test, c.id, target.id);
      // And through the API: video consultations after the fair, hot leads, a provisional contract, a contract signed later and its shipment.
      const consultation = { fairId: target.id, companyId: companies[index % 2], buyerCountry: 'CN' };
      await created('/v1/consultations', { ...consultation, type: 'video', rating: 'hot', occurredAt: `${after(target.endsOn, 20 + index)}T03:00:00Z`, estimatedValue: { amount: String(1_500_000 + index * 10_000), currency: 'KRW' } });
      await created('/v1/consultations', { ...consultation, type: 'video', occurredAt: `${after(target.endsOn, 30)}T03:00:00Z`, estimatedValue: { amount: `${2000 + index}.40`, currency: 'USD' } });
      await created('/v1/consultations', { ...consultation, rating: 'hot', occurredAt: `${target.startsOn}T03:00:00Z`, estimatedValue: { amount: `${300 + index}.10`, currency: 'USD' } });
      await created('/v1/contracts', { ...consultation, status: 'provisional', value: { amount: `${5000 + index}.05`, currency: 'USD' } });
      const later = await created('/v1/contracts', { ...consultation, status: 'signed', signedOn: after(target.endsOn, 60 + index), value: { amount: `${7000 + index}.70`, currency: 'USD' } });
      await created('/v1/shipments', { contractId: later, shippedOn: after(target.endsOn, 120 + index), value: { amount: `${3000 + index}.33`, currency: 'USD' } });
    }
    await waitUntilQuiet(test);
    const source = await funnelsFromSource(test, c.id);

    // Every stage of every fair holds something, and the fairs differ, so a figure from the wrong stage, fair or year would show.
    const stages = (funnel: Funnel) => [funnel.consultations.onSite, funnel.consultations.after, funnel.expected, funnel.provisional, funnel.signed.onSite, funnel.signed.later, funnel.shipped];
    expect(source.fairs.size).toBe(plans.length);
    for (const { funnel } of source.fairs.values()) expect([funnel.hotLeads, ...stages(funnel).map((stage) => stage.count)].every((count) => count > 0)).toBe(true);
    expect(new Set([...source.fairs.values()].map(({ home }) => home.rate))).toEqual(new Set(['1130.500000', '1071.250000']));

    interface Row {
      fairId: string;
      fair: { series: string; year: number };
      funnel: Funnel;
      home: { rate: string | null; expectedValue: string | null; funnel: Omit<FunnelHome, 'rate' | 'expectedValue'> };
    }
    /** Each fair's funnel, in USD and in the home currency, by fair id. */
    const perFair = (rows: Row[]) => Object.fromEntries(rows.map((row) => [row.fairId, { funnel: row.funnel, home: { rate: row.home.rate, expectedValue: row.home.expectedValue, ...row.home.funnel } }]));
    const fromSource = (keep: (fairId: string) => boolean) => Object.fromEntries([...source.fairs].filter(([fairId]) => keep(fairId)));
    const everyRow = (await reader.get('/v1/outcomes')).json<{ data: Row[]; total: { fairs: number; funnel: Funnel } }>();
    const fairOf = new Map(everyRow.data.map((row) => [row.fairId, row.fair]));
    expect(perFair(everyRow.data)).toEqual(fromSource(() => true));
    expect({ fairs: everyRow.total.fairs, funnel: everyRow.total.funnel }).toEqual(source.all);

    for (const year of [2017, 2018]) {
      const rollup = (await reader.get(`/v1/outcomes?year=${year}`)).json<{ data: Row[]; total: { fairs: number; funnel: Funnel } }>();
      expect(perFair(rollup.data)).toEqual(fromSource((fairId) => fairOf.get(fairId)?.year === year));
      expect({ fairs: rollup.total.fairs, funnel: rollup.total.funnel }).toEqual(source.years.get(year));
    }
    for (const series of ['cmef', 'kimes']) {
      const rollup = (await reader.get(`/v1/outcomes/series/${series}`)).json<{ editions: Row[]; years: { year: number; total: { fairs: number; funnel: Funnel } }[] }>();
      expect(perFair(rollup.editions)).toEqual(fromSource((fairId) => fairOf.get(fairId)?.series === series));
      expect(rollup.years.map(({ year, total }) => ({ year, fairs: total.fairs, funnel: total.funnel }))).toEqual(
        [2017, 2018].map((year) => ({ year, ...source.seriesYears.get(`${series}:${year}`) })),
      );
    }
    expect(source.seriesYears.get('cmef:2018')?.fairs).toBe(2);
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
