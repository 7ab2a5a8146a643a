import type { components } from '@/lib/api/schema';

/** The login / refresh answer: a short-lived access token (the refresh token travels as an HttpOnly cookie). */
export type TokenBody = components['schemas']['TokenDto'];

/**
 * `unknown` until the first refresh attempt on load has answered; then `signed-in` or `signed-out`,
 * or `offline` when the network could not be reached and someone signed in on this device before:
 * the booth keeps capturing into its outbox for them, and sends once a session is back.
 * The access token lives in this module's memory only: nothing secret is ever written to storage,
 * and the refresh cookie is HttpOnly, so script cannot read it either.
 */
export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out' | 'offline';

interface State {
  status: SessionStatus;
  accessToken: string | null;
}

let state: State = { status: 'unknown', accessToken: null };
const listeners = new Set<() => void>();
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;

const REFRESH_PATH = '/v1/auth/refresh';
/** Renew this long before the access token expires, so a request rarely meets a 401. */
const RENEW_EARLY_SECONDS = 60;

function set(next: State): void {
  state = next;
  for (const listener of listeners) listener();
}

export const getSession = (): State => state;
export const getAccessToken = (): string | null => state.accessToken;

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function acceptToken(body: TokenBody): void {
  clearTimeout(renewTimer);
  // Renew silently before expiry; if renewal fails the next 401 sends the user to sign-in.
  const renewIn = Math.max(body.expiresIn - RENEW_EARLY_SECONDS, 10) * 1000;
  renewTimer = setTimeout(() => void refreshSession(), renewIn);
  set({ status: 'signed-in', accessToken: body.accessToken });
}

export function endSession(): void {
  clearTimeout(renewTimer);
  set({ status: 'signed-out', accessToken: null });
}

/**
 * Trades the refresh cookie for a new access token (and a rotated cookie). One call at a time: the
 * requests that meet a 401 together share it. A 401 (no, expired or revoked cookie) or a 404 (a
 * server without refresh tokens) means "not signed in". A network failure while a token is held
 * keeps the session: offline is not signed out.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await fetch(REFRESH_PATH, { method: 'POST', credentials: 'same-origin' });
      if (response.ok) {
        acceptToken((await response.json()) as TokenBody);
        return true;
      }
      endSession();
      return false;
    } catch {
      // Unreachable: a held token stays (it may still be good); without one, work offline if we can.
      if (state.accessToken === null) set({ status: 'offline', accessToken: null });
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export type SignInResult = { ok: true } | { ok: false; status: number; retryAfter: string | null };

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const response = await fetch('/v1/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) return { ok: false, status: response.status, retryAfter: response.headers.get('retry-after') };
  acceptToken((await response.json()) as TokenBody);
  return { ok: true };
}

/** Revokes the refresh token server-side (which also clears its cookie), then forgets the access token. */
export async function signOut(): Promise<void> {
  try {
    await fetch(REFRESH_PATH, { method: 'DELETE', credentials: 'same-origin' });
  } catch {
    // Offline: the cookie stays until its lifetime ends; the token in memory goes now.
  }
  endSession();
}
