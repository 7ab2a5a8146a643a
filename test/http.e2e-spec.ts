import { Controller, Get, Module } from '@nestjs/common';
import { CurrentPrincipal } from '../src/tenancy/current-principal.decorator.js';
import type { Principal } from '../src/tenancy/principal.js';
import { Public } from '../src/tenancy/public.decorator.js';
import { AppModule } from '../src/app.module.js';
import { bearer, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';

/** A route wired wrongly on purpose: public, yet it asks for the principal. */
@Controller('probe')
class ProbeController {
  @Public()
  @Get('misconfigured')
  misconfigured(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}

@Module({ imports: [AppModule], controllers: [ProbeController] })
class ProbeAppModule {}

describe('HTTP conventions', () => {
  let test: TestApp;
  let agency: SeededAgency;

  beforeAll(async () => {
    test = await startTestApp({ BODY_LIMIT_BYTES: '4096', CORS_ORIGINS: 'https://partner.example' }, ProbeAppModule);
    agency = await seedAgency(test, 'Wonju');
  });
  afterAll(() => test.close());

  const createUser = (payload: string | object, headers: Record<string, string> = {}) =>
    test.app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: { ...bearer(agency.admin.token), 'content-type': 'application/json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });

  it('answers an unknown field with a 400 problem+json naming it', async () => {
    const response = await createUser({ email: 'x@y.test', password: 'a-long-enough-password', role: 'staff', colour: 'red' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      type: expect.stringContaining('validation-error'),
      title: expect.any(String),
      status: 400,
      detail: expect.stringContaining('colour'),
      errors: [{ field: 'colour', message: expect.stringContaining('should not exist') }],
    });
  });

  it('answers a body over the limit with 413 and creates nothing', async () => {
    const response = await createUser({ email: 'big@y.test', password: 'a-long-enough-password', role: 'staff', name: 'x'.repeat(5000) });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const rows = await test.db.query(`SELECT 1 FROM users WHERE email = 'big@y.test'`);
    expect(rows.rowCount).toBe(0);
  });

  it('answers malformed JSON, a JSON array and a wrong content type with 4xx problems', async () => {
    const malformed = await createUser('{"email":');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');

    const array = await createUser('[1,2]');
    expect(array.statusCode).toBe(400);

    const text = await createUser('email=x', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toContain('application/problem+json');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/v1/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers a server-side fault with a 500 problem that carries no stack trace', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/v1/probe/misconfigured' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred',
      instance: '/v1/probe/misconfigured',
    });
    expect(response.body).not.toMatch(/CurrentPrincipal|\.ts:|at /);
  });

  it("sends a JSON answer's security headers (Helmet's full set with pages) and echoes a request id", async () => {
    const response = await test.app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'booth-42' } });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBeUndefined();
    const api = await test.app.inject({ method: 'GET', url: '/v1/fairs' });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    const page = await test.app.inject({ method: 'GET', url: '/docs' });
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'unsafe-inline'/);
    expect(response.headers['x-request-id']).toBe('booth-42');
    const generated = await test.app.inject({ method: 'GET', url: '/health/live' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await test.app.inject({
      method: 'OPTIONS',
      url: '/v1/users',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
    const other = await test.app.inject({
      method: 'OPTIONS',
      url: '/v1/users',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document with the bearer scheme and the UI', async () => {
    const json = await test.app.inject({ method: 'GET', url: '/docs-json' });
    expect(json.statusCode).toBe(200);
    const document = json.json();
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/auth/login', '/v1/users', '/v1/users/{id}', '/health', '/health/live']),
    );
    expect(document.paths['/v1/users'].post.requestBody.content['application/json'].schema.$ref).toContain('CreateUserDto');
    const ui = await test.app.inject({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });
});
