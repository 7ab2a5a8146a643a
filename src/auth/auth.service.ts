import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { authConfig } from '../config/configuration.js';
import { ActiveRoleCache } from '../users/active-role.cache.js';
import { UsersRepository } from '../users/users.repository.js';
import { LoginAttemptsService } from './login-attempts.service.js';
import { PasswordService } from './password.service.js';
import type { UserPrincipal } from './principal.js';
import type { TokenDto } from './dto/token.dto.js';
import { UnauthorizedProblem } from './unauthorized.problem.js';

/** What a token carries. The role is re-read from the database on every request. */
export interface AccessTokenClaims {
  sub: string;
  agencyId: string;
  role: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly roles: ActiveRoleCache,
    private readonly passwords: PasswordService,
    private readonly attempts: LoginAttemptsService,
    private readonly jwt: JwtService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /** Checks credentials; unknown email, wrong password and disabled account all answer the same 401. */
  async login(rawEmail: string, password: string, address: string): Promise<UserPrincipal> {
    const email = rawEmail.trim().toLowerCase();
    await this.attempts.assertAllowed(email, address);
    const user = await this.users.findByEmailForLogin(email);
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt !== null) {
      await this.attempts.recordFailure(email, address);
      throw new UnauthorizedProblem('Invalid email or password');
    }
    await this.attempts.reset(email);
    await this.users.touchLastLogin(user.id);
    return { kind: 'user', userId: user.id, agencyId: user.agencyId, role: user.role };
  }

  async issueToken(principal: UserPrincipal): Promise<TokenDto> {
    const claims: AccessTokenClaims = { sub: principal.userId, agencyId: principal.agencyId, role: principal.role };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.jwtExpiresInSeconds,
    };
  }

  /** The principal behind a verified token, or null if the user is gone or disabled. */
  async principalForToken(claims: AccessTokenClaims): Promise<UserPrincipal | null> {
    const role = await this.roles.get(claims.agencyId, claims.sub, () => this.users.findActiveRole(claims.agencyId, claims.sub));
    return role ? { kind: 'user', userId: claims.sub, agencyId: claims.agencyId, role } : null;
  }
}
