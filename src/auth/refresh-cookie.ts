import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Session } from './sessions.service.js';
import type { TokenDto } from './dto/token.dto.js';

export const REFRESH_COOKIE = 'pavilion_refresh';
/** The cookie goes to the refresh route only (POST refreshes, DELETE signs out), never to the API at large. */
export const REFRESH_COOKIE_PATH = '/v1/auth/refresh';

// Secure even on plain-http development: browsers treat localhost as a secure context.
const ATTRIBUTES = { path: REFRESH_COOKIE_PATH, httpOnly: true, secure: true, sameSite: 'strict' } as const;

export const refreshTokenOf = (request: FastifyRequest): string | undefined => request.cookies[REFRESH_COOKIE] || undefined;

/** Puts the session's refresh token in its cookie and answers the access token. */
export function answerSession(reply: FastifyReply, session: Session, maxAgeSeconds: number): TokenDto {
  void reply.setCookie(REFRESH_COOKIE, session.refreshToken, { ...ATTRIBUTES, maxAge: maxAgeSeconds });
  // Tokens are never cached by the browser or a proxy (RFC 6749 §5.1).
  void reply.header('cache-control', 'no-store');
  return session.token;
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.clearCookie(REFRESH_COOKIE, ATTRIBUTES);
}
