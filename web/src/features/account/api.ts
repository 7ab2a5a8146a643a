import { api, type Problem } from '@/lib/api/client';

/** What a form needs from an answer: success, or the status and problem to explain. */
export type Answer = { ok: true } | { ok: false; status: number; problem?: Problem; retryAfter?: string };

async function answer(call: Promise<{ response: Response; error?: unknown }>): Promise<Answer> {
  const { response, error } = await call;
  if (response.ok) return { ok: true };
  return { ok: false, status: response.status, problem: error as Problem | undefined, retryAfter: response.headers.get('retry-after') ?? undefined };
}

/** "Forgot password": the API answers the same 202 whether or not the email has an account. */
export const requestPasswordReset = (email: string) => answer(api.POST('/v1/auth/password-reset', { body: { email } }));

export const resetPassword = (token: string, newPassword: string) => answer(api.POST('/v1/auth/password-reset/confirm', { body: { token, newPassword } }));

export const acceptInvitation = (token: string, password: string) => answer(api.POST('/v1/invitations/accept', { body: { token, password } }));

/** The link's token travels in the URL fragment (`#token=…`), which browsers send to no server. */
export function linkToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}
