import createClient, { type Middleware } from 'openapi-fetch';
import { endSession, getAccessToken, refreshSession } from '@/lib/auth/session';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
/** Every error the API gives is application/problem+json (RFC 9457); `errors` names the fields. */
export type Problem = Schemas['Problem'];

const retryable = new Map<string, Request>();

/**
 * Adds the bearer token; on a 401 tries one refresh and repeats the request once with the new token;
 * when that fails too, the session ends (the router then shows sign-in).
 */
const auth: Middleware = {
  onRequest({ request, id }) {
    const token = getAccessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const original = retryable.get(id);
    retryable.delete(id);
    if (response.status !== 401 || !original) return response;
    if (!(await refreshSession())) {
      endSession();
      return response;
    }
    const retry = new Request(original);
    retry.headers.set('authorization', `Bearer ${getAccessToken() ?? ''}`);
    const second = await fetch(retry);
    if (second.status === 401) endSession();
    return second;
  },
  onError({ id }) {
    retryable.delete(id);
  },
};

/** The typed client for Pavilion's REST API (same origin; paths start with /v1). Types come from /docs-json only. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(auth);
