import type { ApiKeyScope } from '../../src/tenancy/scopes.js';
import type { TestApp } from './test-app.js';
import { bearer } from './test-app.js';

export interface IssuedKey {
  id: string;
  secret: string;
  prefix: string;
}

/** Issues a key through the API as the agency's admin. */
export async function issueKey(
  test: Pick<TestApp, 'app'>,
  adminToken: string,
  scopes: ApiKeyScope[],
  extra: { fairIds?: string[]; expiresAt?: string; name?: string } = {},
): Promise<IssuedKey> {
  const response = await test.app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: bearer(adminToken),
    payload: { name: extra.name ?? `Partner ${scopes.join(' ')}`, scopes, ...extra },
  });
  if (response.statusCode !== 201) throw new Error(`issuing a key failed: ${response.statusCode} ${response.body}`);
  return response.json<IssuedKey>();
}

/** `partner(test, secret).get(url)`: requests with an X-API-Key header. */
export function partner(test: Pick<TestApp, 'app'>, secret: string) {
  return {
    get: (url: string) => test.app.inject({ method: 'GET', url, headers: { 'x-api-key': secret } }),
    send: (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      test.app.inject({ method, url, headers: { 'x-api-key': secret }, ...(payload ? { payload } : {}) }),
  };
}
