import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import jwt from 'jsonwebtoken';
import { authConfig } from '../config/configuration.js';
import { type AccessTokenClaims, AuthService } from './auth.service.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import { UnauthorizedProblem } from './unauthorized.problem.js';

export const CREDENTIALS_REQUIRED = 'A bearer access token or an X-API-Key is required';
/** Tokens whose signature this process has checked, before it forgets them all. */
const MAX_VERIFIED = 10_000;
const BEARER = /^\s*bearer\s+(\S+)\s*$/i;

const refusal = (error: unknown): string => {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'TokenExpiredError') return 'The access token has expired';
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') return 'The access token is invalid';
  return CREDENTIALS_REQUIRED;
};

/**
 * Bearer access tokens: the signature (HS256 only: no `alg: none`, no algorithm confusion) and expiry
 * checked with jsonwebtoken, then the user's active role and session version (AuthService). Without
 * Passport: its per-request machinery cost more than the check itself. A token whose signature was
 * checked once is remembered (its exact text) until it expires, so a client's next requests skip the
 * HMAC; expiry is checked on every request, and the user on every request through the active-user cache.
 */
@Injectable()
export class AccessTokens {
  private readonly key: KeyObject;
  private readonly verified = new Map<string, AccessTokenClaims & { exp: number }>();

  constructor(
    private readonly auth: AuthService,
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
  ) {
    // A KeyObject, not the string: jsonwebtoken would otherwise try (and fail) to parse the string as
    // a public key on every request before using it as a secret (1-2 ms of CPU per request).
    this.key = createSecretKey(Buffer.from(config.jwtSecret));
  }

  /** The user behind the request's `Authorization: Bearer` token; a 401 problem saying why not. */
  async principal(authorization: string | undefined): Promise<UserPrincipal> {
    const token = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
    if (token === undefined) throw new UnauthorizedProblem(CREDENTIALS_REQUIRED);
    const principal = await this.auth.principalForToken(this.claims(token));
    if (!principal) throw new UnauthorizedProblem(CREDENTIALS_REQUIRED);
    return principal;
  }

  private claims(token: string): AccessTokenClaims {
    const known = this.verified.get(token);
    if (known && Date.now() < known.exp * 1000) return known;
    let claims: AccessTokenClaims;
    try {
      claims = jwt.verify(token, this.key, { algorithms: ['HS256'] }) as AccessTokenClaims;
    } catch (error) {
      throw new UnauthorizedProblem(refusal(error));
    }
    if (typeof claims !== 'object' || claims === null) throw new UnauthorizedProblem('The access token is invalid');
    // Only tokens that expire and carry no not-before time: their validity is the expiry alone.
    if (typeof claims.exp === 'number' && (claims as { nbf?: unknown }).nbf === undefined) {
      if (this.verified.size >= MAX_VERIFIED) this.verified.clear();
      this.verified.set(token, claims as AccessTokenClaims & { exp: number });
    }
    return claims;
  }
}
