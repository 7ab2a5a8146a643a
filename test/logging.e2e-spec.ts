import { randomBytes } from 'node:crypto';
import { spawnApi, type ApiProcess } from './support/api-process.js';
import { startTestStore, type TestStore } from './support/test-app.js';

/**
 * The request log of a real API process (its stdout, JSON lines): credentials sent in the query string
 * or in headers never appear in it, and each line names the client's address.
 */
describe('request log', () => {
  let store: TestStore;
  let api: ApiProcess;

  beforeAll(async () => {
    store = await startTestStore();
    api = await spawnApi(store, { LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await api?.stop();
    await store?.close();
  });

  it('redacts credentials in query strings and headers, and logs the client address', async () => {
    const secret = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;
    const query = { token: secret('jwt'), access_token: secret('access'), api_key: secret('apikey'), key: secret('key'), password: secret('pw'), client_secret: secret('cs') };
    const headers = { authorization: `Bearer ${secret('bearer')}`, cookie: `pavilion_refresh=${secret('cookie')}`, 'x-api-key': secret('xkey') };
    const marker = secret('marker');
    const search = new URLSearchParams(query).toString();
    const urls = [`/admin/queues?${search}`, `/v1/fairs?marker=${marker}&${search}`];
    for (const url of urls) await fetch(`${api.url}${url}`, { headers });
    // Lines are written as the requests complete; wait until the last one is there.
    for (let tries = 0; !api.output().includes(marker) && tries < 50; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));

    const lines = api.output().split('\n').filter((line) => line.includes('request completed'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const log = api.output();
    for (const value of [...Object.values(query), ...Object.values(headers)]) {
      expect({ value, logged: log.includes(value.replace(/^Bearer /, '').replace(/^pavilion_refresh=/, '')) }).toEqual({ value, logged: false });
    }
    const completed = lines.map((line) => JSON.parse(line) as { req: { url: string; remoteAddress?: string } });
    const listed = completed.find((line) => line.req.url.includes(marker));
    expect(listed?.req.url).toContain(`marker=${marker}`); // other parameters are kept
    expect(listed?.req.url).toContain('token=[Redacted]');
    expect(completed.every((line) => line.req.remoteAddress === '127.0.0.1')).toBe(true);
  });
});
