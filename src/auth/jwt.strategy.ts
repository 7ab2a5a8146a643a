import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { authConfig } from '../config/configuration.js';
import { type AccessTokenClaims, AuthService } from './auth.service.js';
import type { UserPrincipal } from '../tenancy/principal.js';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: jsonwebtoken would otherwise try (and fail) to parse the string
      // as a public key on every request before using it as a secret (1-2 ms of CPU per request).
      // jsonwebtoken accepts a KeyObject; passport-jwt's types only list string | Buffer.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'], // pinned: rejects `alg: none` and algorithm-confusion tokens
      ignoreExpiration: false,
    });
  }

  /** Returning null makes passport answer 401: the user was disabled or removed after signing in. */
  validate(claims: AccessTokenClaims): Promise<UserPrincipal | null> {
    return this.auth.principalForToken(claims);
  }
}
