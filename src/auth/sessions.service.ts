import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { authConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { UsersRepository } from '../users/users.repository.js';
import { AuthService } from './auth.service.js';
import type { ChangePasswordDto } from './dto/change-password.dto.js';
import type { TokenDto } from './dto/token.dto.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import { RefreshTokensRepository, type RefreshTokenRow } from './refresh-tokens.repository.js';
import { LoginAttemptsService } from './login-attempts.service.js';
import { UnauthorizedProblem } from './unauthorized.problem.js';

/** What a sign-in, a refresh or a password change hands the client: the access token and a refresh token. */
export interface Session {
  token: TokenDto;
  /** The opaque refresh token, for the cookie only; the database keeps its SHA-256. */
  refreshToken: string;
}

type Rotation = { session: Session } | { refused: string };

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * Refresh tokens: opaque random secrets in rotation families (one family per sign-in). Each refresh
 * rotates the presented token; presenting a rotated token again is reuse (a stolen copy) and revokes
 * the family, except within a short grace window after its rotation, when it gets another token of
 * the same family: booth Wi-Fi loses responses and two tabs refresh at once, and neither should sign
 * the user out.
 */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger(SessionsService.name);

  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
    private readonly tokens: RefreshTokensRepository,
    private readonly attempts: LoginAttemptsService,
    private readonly transactions: Transactions,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  get refreshTokenTtlSeconds(): number {
    return this.config.refreshTokenTtlSeconds;
  }

  /** A new session for a user who just proved who they are: a new refresh token family. */
  start(principal: UserPrincipal): Promise<Session> {
    return this.transactions.run(async (manager) => {
      const user = await this.users.findActiveUser(principal.agencyId, principal.userId, manager);
      if (!user) throw new UnauthorizedProblem('Invalid email or password');
      // Each sign-in tidies the user's own dead tokens, so the table stays proportional to live sessions.
      await this.tokens.purgeEndedForUser(principal.userId, manager);
      const current = { ...principal, role: user.role };
      const refreshToken = await this.newRefreshToken(current, randomUUID(), user.sessionVersion, manager);
      return { token: await this.auth.issueToken(current, user.sessionVersion), refreshToken: refreshToken.secret };
    });
  }

  /**
   * Rotates a refresh token. A refused token counts against the client address like a failed
   * sign-in; no cookie at all does not (it guesses nothing: a browser that has no session yet).
   */
  async refresh(secret: string | undefined, address: string): Promise<Session> {
    await this.attempts.assertAddressAllowed(address);
    if (!secret) throw new UnauthorizedProblem('A refresh token cookie is required');
    const outcome = await this.transactions.run((manager) => this.rotate(hashOf(secret), manager));
    if ('refused' in outcome) {
      await this.attempts.recordAddressFailure(address);
      throw new UnauthorizedProblem(outcome.refused);
    }
    return outcome.session;
  }

  /** Changes the caller's password, which ends all their sessions, and starts a new one for the caller. */
  async changePassword(principal: UserPrincipal, input: ChangePasswordDto, address: string): Promise<Session> {
    await this.auth.changePassword(principal, input, address);
    return this.start(principal);
  }

  /** Logout: revokes the presented token's whole family (the other sign-ins of the user stay). */
  async end(secret: string | undefined): Promise<void> {
    if (secret) await this.tokens.revokeFamilyOfHash(hashOf(secret));
  }

  // Refusals return rather than throw, so a family revoked on reuse is committed.
  private async rotate(tokenHash: string, manager: EntityManager): Promise<Rotation> {
    const row = await this.tokens.findByHashForUpdate(tokenHash, manager);
    if (!row) return { refused: 'The refresh token is unknown' };
    if (row.revoked) return { refused: 'The refresh token has been revoked; sign in again' };
    if (row.expired) return { refused: 'The refresh token has expired; sign in again' };
    if (row.rotatedSecondsAgo !== null && row.rotatedSecondsAgo > this.config.refreshTokenGraceSeconds) {
      await this.tokens.revokeFamily(row.familyId, manager);
      this.logger.warn({ userId: row.userId, familyId: row.familyId }, 'A rotated refresh token was presented again; its family is revoked');
      return { refused: 'The refresh token was already used; this sign-in has ended, sign in again' };
    }
    return this.rotateLive(row, manager);
  }

  private async rotateLive(row: RefreshTokenRow, manager: EntityManager): Promise<Rotation> {
    const user = await this.users.findActiveUser(row.agencyId, row.userId, manager);
    if (!user || user.sessionVersion !== row.sessionVersion) {
      // Disabled, or the password or role changed since: the revocation that came with it may have
      // raced this token's creation, so the version decides.
      await this.tokens.revokeFamily(row.familyId, manager);
      return { refused: 'The session has ended; sign in again' };
    }
    const principal: UserPrincipal = { kind: 'user', userId: row.userId, agencyId: row.agencyId, role: user.role };
    const next = await this.newRefreshToken(principal, row.familyId, user.sessionVersion, manager);
    // Within the grace window the token was rotated already: its first successor stays, and this
    // sibling joins the family (revoked with it).
    if (row.rotatedSecondsAgo === null) await this.tokens.markRotated(row.id, next.id, manager);
    return { session: { token: await this.auth.issueToken(principal, user.sessionVersion), refreshToken: next.secret } };
  }

  private async newRefreshToken(
    principal: UserPrincipal,
    familyId: string,
    sessionVersion: number,
    manager: EntityManager,
  ): Promise<{ id: string; secret: string }> {
    const secret = randomBytes(32).toString('base64url');
    const id = await this.tokens.insert(
      {
        agencyId: principal.agencyId,
        userId: principal.userId,
        familyId,
        tokenHash: hashOf(secret),
        sessionVersion,
        ttlSeconds: this.config.refreshTokenTtlSeconds,
      },
      manager,
    );
    return { id, secret };
  }
}
