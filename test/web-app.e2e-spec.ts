import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { WEB_DIST_DIR } from '../src/web-app/serve-web-app.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The web app as the API serves it (`npm test` builds dist/web first). */
describe('the web app at /app/', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  const get = (url: string) => test.app.inject({ method: 'GET', url });

  it('/ redirects to /app/, which is the page, revalidated each time and under a CSP with nothing inline', async () => {
    const root = await get('/');
    expect([root.statusCode, root.headers.location]).toEqual([302, '/app/']);
    const page = await get('/app/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toMatch(/<script type="module" crossorigin src="\/app\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(page.body).not.toMatch(/<script>|<script type="module">/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
  });

  it('client routes get the page (a reload keeps working); a missing file is a 404, not the page', async () => {
    for (const route of ['/app/booth', '/app/fairs/6f1e2b4c-0000-4000-8000-000000000000', '/app/admin/keys']) {
      const response = await get(route);
      expect([route, response.statusCode, response.headers['cache-control']]).toEqual([route, 200, 'no-cache']);
      expect(response.body).toBe((await get('/app/')).body);
    }
    expect((await get('/app/assets/index-gone.js')).statusCode).toBe(404);
    expect((await get('/v1/nothing-here')).headers['content-type']).toMatch(/problem\+json/);
  });

  it('hashed assets are immutable for a year; the service worker and manifest are revalidated', async () => {
    const asset = readdirSync(`${WEB_DIST_DIR}/assets`).find((name) => name.endsWith('.js'));
    const hashed = await get(`/app/assets/${asset}`);
    expect([hashed.statusCode, hashed.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    for (const file of ['sw.js', 'manifest.webmanifest']) {
      const response = await get(`/app/${file}`);
      expect([file, response.statusCode, response.headers['cache-control']]).toEqual([file, 200, 'no-cache']);
    }
  });

  it('sends the booth script brotli- or gzip-compressed as the browser accepts, the same bytes once decoded', async () => {
    const booth = readdirSync(`${WEB_DIST_DIR}/assets`).find((name) => /^booth-[\w-]+\.js$/.test(name));
    const plain = readFileSync(`${WEB_DIST_DIR}/assets/${booth}`);
    const fetch = (encoding?: string) =>
      test.app.inject({ method: 'GET', url: `/app/assets/${booth}`, headers: encoding ? { 'accept-encoding': encoding } : {} });
    const br = await fetch('gzip, deflate, br');
    expect([br.statusCode, br.headers['content-encoding'], br.headers['cache-control']]).toEqual([200, 'br', 'public, max-age=31536000, immutable']);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.length / 2);
    expect(brotliDecompressSync(br.rawPayload).equals(plain)).toBe(true);
    const gzip = await fetch('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(plain)).toBe(true);
    const identity = await fetch();
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.rawPayload.equals(plain)).toBe(true);
  });
});
