import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { insertFair } from './support/records.js';
import { bearer, REDIS_URL, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';

const METRICS_TOKEN = 'metrics-token-for-the-e2e-test-0123';

/** One sample's value from the Prometheus text format, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics (Prometheus)', () => {
  let test: TestApp;
  let a: SeededAgency;

  beforeAll(async () => {
    test = await startTestApp({ METRICS_TOKEN });
    a = await seedAgency(test, 'Metrics');
  });
  afterAll(() => test.close());

  const scrape = (headers: Record<string, string>) => test.app.inject({ method: 'GET', url: '/metrics', headers });

  it('is not public: 401 without or with a wrong token, 404 for a user who is not an admin, problem+json', async () => {
    for (const [headers, status] of [
      [{}, 401],
      [bearer('not-the-metrics-token-and-not-a-jwt'), 401],
      [bearer(`${METRICS_TOKEN}x`), 401],
      [bearer(a.staff.token), 404],
      [bearer(a.manager.token), 404],
    ] as const) {
      const response = await scrape(headers);
      expect({ status: response.statusCode, type: response.headers['content-type'] }).toEqual({ status, type: expect.stringContaining('application/problem+json') });
      expect(response.body).not.toContain('pavilion_');
    }
  });

  it('reads with METRICS_TOKEN or an admin access token', async () => {
    for (const headers of [bearer(METRICS_TOKEN), bearer(a.admin.token)]) {
      const response = await scrape(headers);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/plain');
    }
  });

  it('times requests by route pattern and status (never the raw URL), and reports queues, outcome lag and imported rows', async () => {
    const missing = randomUUID();
    expect((await test.app.inject({ method: 'GET', url: `/v1/fairs/${missing}`, headers: bearer(a.staff.token) })).statusCode).toBe(404);
    expect((await test.app.inject({ method: 'GET', url: '/v1/companies?limit=5', headers: bearer(a.staff.token) })).statusCode).toBe(200);
    expect((await test.app.inject({ method: 'GET', url: `/no/such/${missing}` })).statusCode).toBe(404);

    const fair = await insertFair(test, a.id);
    await test.db.query(`INSERT INTO outcome_changes (agency_id, fair_id, changed_at) VALUES ($1, $2, now() - interval '120 seconds')`, [a.id, fair.id]);
    await test.db.query(
      `INSERT INTO imports (agency_id, version, fair_id, kind, format, file_name, stored_as, state, total_rows, processed_rows, created_by)
       VALUES ($1, 1, $2, 'consultations', 'csv', 'a.csv', 'a', 'completed', 42, 42, $3), ($1, 1, $2, 'consultations', 'csv', 'b.csv', 'b', 'running', 100, 17, $3)`,
      [a.id, fair.id, a.admin.id],
    );

    const text = (await scrape(bearer(METRICS_TOKEN))).body;
    expect(text).not.toContain(missing);
    expect(sample(text, 'pavilion_http_request_duration_seconds_count{method="GET",route="/v1/fairs/:id",status="404"}')).toBe(1);
    expect(sample(text, 'pavilion_http_request_duration_seconds_count{method="GET",route="/v1/companies",status="200"}')).toBe(1);
    expect(sample(text, 'pavilion_http_request_duration_seconds_count{method="GET",route="(unmatched)",status="404"}')).toBe(1);
    for (const queue of ['outcomes', 'maintenance', 'matchmaking', 'imports']) {
      expect(sample(text, `pavilion_queue_jobs{queue="${queue}",state="waiting"}`)).toBeGreaterThanOrEqual(0);
    }
    expect(text).toContain('# TYPE pavilion_job_duration_seconds histogram');
    expect(sample(text, 'pavilion_outcome_lag_seconds')).toBeGreaterThanOrEqual(120);
    expect(sample(text, 'pavilion_import_rows_processed_total')).toBe(59);
  });

  it('times each finished job once, per queue and outcome', async () => {
    // A stand-in worker on the app's own queue and prefix (this file runs no real worker).
    const options = { connection: { url: REDIS_URL }, prefix: `${test.redisPrefix}:bull` };
    const queue = new Queue('maintenance', options);
    const worker = new Worker('maintenance', (job) => (job.name === 'probe:fail' ? Promise.reject(new Error('failed on purpose')) : Promise.resolve('done')), options);
    try {
      const finished = new Promise<void>((resolve) => {
        let count = 0;
        const one = () => (count += 1) === 2 && resolve();
        worker.on('completed', one);
        worker.on('failed', one);
      });
      await queue.add('probe:ok', {});
      await queue.add('probe:fail', {}, { attempts: 1 });
      await finished;
      for (let scrape = 0; scrape < 2; scrape += 1) {
        const text = (await test.app.inject({ method: 'GET', url: '/metrics', headers: bearer(METRICS_TOKEN) })).body;
        expect(sample(text, 'pavilion_job_duration_seconds_count{queue="maintenance",outcome="completed"}')).toBe(1);
        expect(sample(text, 'pavilion_job_duration_seconds_count{queue="maintenance",outcome="failed"}')).toBe(1);
      }
    } finally {
      await worker.close();
      await queue.close();
    }
  });
});
