import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { ProblemException } from '../common/problem.js';
import { authConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { ActiveRoleCache } from '../users/active-role.cache.js';
import { UsersRepository } from '../users/users.repository.js';
import { LoginAttemptsService } from './login-attempts.service.js';
import { PasswordService } from '../users/password.service.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import type { ChangePasswordDto } from './dto/change-password.dto.js';
import type { TokenDto } from './dto/token.dto.js';
import { UnauthorizedProblem } from './unauthorized.problem.js';

/**
 * What a token carries. The role is re-read from the database (or the active-user cache) on every request; `sv` is the user's
 * session version when the token was issued (tokens of an older version are refused).
 */
export interface AccessTokenClaims {
  sub: string;
  agencyId: string;
  role: string;
  sv?: number;
  iat?: number;
  exp?: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly roles: ActiveRoleCache,
    private readonly passwords: PasswordService,
    private readonly attempts: LoginAttemptsService,
    private readonly jwt: JwtService,
    private readonly transactions: Transactions,
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

  /**
   * Changes the caller's password: the current one is required and a wrong one counts like a failed
   * sign-in. Every session of the user ends (refresh tokens revoked, older access tokens refused); the
   * caller gets a new one from SessionsService.
   */
  async changePassword(principal: UserPrincipal, input: ChangePasswordDto, address: string): Promise<void> {
    const user = await this.users.findById(principal.agencyId, principal.userId);
    if (!user || user.disabledAt !== null) throw new UnauthorizedProblem('The session has ended; sign in again');
    await this.attempts.assertAllowed(user.email, address);
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      await this.attempts.recordFailure(user.email, address);
      throw new ProblemException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        type: 'wrong-password',
        title: 'Current password is wrong',
        detail: 'currentPassword: is not your current password',
        errors: [{ field: 'currentPassword', message: 'currentPassword is not your current password' }],
      });
    }
    await this.attempts.reset(user.email);
    const passwordHash = await this.passwords.hash(input.newPassword);
    await this.transactions.run(async (manager) => {
      await this.users.endSessions(principal.agencyId, principal.userId, manager, passwordHash);
      // Once committed: invalidated earlier, a concurrent request could cache the old version again.
      this.transactions.afterCommit(() => void this.roles.invalidate(principal.agencyId, principal.userId));
    });
  }

  async issueToken(principal: UserPrincipal, sessionVersion: number): Promise<TokenDto> {
    const claims: AccessTokenClaims = { sub: principal.userId, agencyId: principal.agencyId, role: principal.role, sv: sessionVersion };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.jwtExpiresInSeconds,
    };
  }

  /**
   * The principal behind a verified token, or null if the user is gone or disabled. A token without
   * an expiry is refused (this service never issues one), and so is one issued before the user's
   * password, role or disabled state last changed. Tokens from before session versions existed carry
   * no `sv` and count as version 0, the version every user started with.
   */
  async principalForToken(claims: AccessTokenClaims): Promise<UserPrincipal | null> {
    if (typeof claims.exp !== 'number') throw new UnauthorizedProblem('The access token has no expiry');
    const user = await this.roles.get(claims.agencyId, claims.sub, () => this.users.findActiveUser(claims.agencyId, claims.sub));
    if (!user) return null;
    if ((claims.sv ?? 0) !== user.sessionVersion) {
      throw new UnauthorizedProblem('The session has ended (password, role or account changed); sign in again');
    }
    return { kind: 'user', userId: claims.sub, agencyId: claims.agencyId, role: user.role };
  }
}
