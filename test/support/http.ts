import type { TestApp } from './test-app.js';
import { bearer } from './test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** `api(test)(token).post('/v1/x', body, headers)`: terse requests for e2e specs. */
export function client(test: Pick<TestApp, 'app'>, token: string) {
  const send = (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    test.app.inject({
      method,
      url,
      headers: { ...bearer(token), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string, headers?: Record<string, string>) => send('GET', url, undefined, headers),
    post: (url: string, payload: unknown, headers?: Record<string, string>) => send('POST', url, payload, headers),
    patch: (url: string, payload: unknown, headers?: Record<string, string>) => send('PATCH', url, payload, headers),
    put: (url: string, payload: unknown, headers?: Record<string, string>) => send('PUT', url, payload, headers),
    delete: (url: string, headers?: Record<string, string>) => send('DELETE', url, undefined, headers),
  };
}

export type Client = ReturnType<typeof client>;

/** Follows `nextCursor` to the end and returns every row's id. */
export async function allIds(api: Client, url: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = null;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const response = await api.get(next ? `${url}${separator}cursor=${encodeURIComponent(next)}` : url);
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    const page = response.json<{ data: { id: string }[]; nextCursor: string | null }>();
    ids.push(...page.data.map((row) => row.id));
    next = page.nextCursor;
  } while (next);
  return ids;
}
