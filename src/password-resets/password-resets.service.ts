import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { LoginAttemptsService } from '../auth/login-attempts.service.js';
import { Clock } from '../common/clock.js';
import { PasswordService } from '../users/password.service.js';
import { hashLinkToken, LinkRefusedProblem, newLinkToken } from '../common/link-token.js';
import { accountsConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { Mailer } from '../mail/mailer.js';
import { ActiveRoleCache } from '../users/active-role.cache.js';
import { UsersRepository } from '../users/users.repository.js';
import type { ResetPasswordDto } from './dto/reset-password.dto.js';
import { PasswordResetLimits } from './password-reset-limits.js';
import { PasswordResetsRepository } from './password-resets.repository.js';

/**
 * "Forgot password": a mail with a single-use link that expires and stops working once the password
 * changes by any means; using it sets the password and ends every session of the user.
 */
@Injectable()
export class PasswordResetsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PasswordResetsService.name);
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly resets: PasswordResetsRepository,
    private readonly users: UsersRepository,
    private readonly roles: ActiveRoleCache,
    private readonly passwords: PasswordService,
    private readonly limits: PasswordResetLimits,
    private readonly attempts: LoginAttemptsService,
    private readonly mailer: Mailer,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(accountsConfig.KEY) private readonly config: ConfigType<typeof accountsConfig>,
  ) {}

  /**
   * Counts the request against the email and the client address, then answers at once: looking the
   * email up and queueing the mail happen after the answer, so an address with an account and one
   * without answer the same, in the same time.
   */
  async request(email: string, address: string): Promise<void> {
    await this.limits.count(email, address);
    const work = this.issue(email).catch((error: unknown) => this.logger.error({ err: error }, 'could not issue a password reset'));
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Sets the new password if the link still works; every session of the user ends. */
  async reset(input: ResetPasswordDto, address: string): Promise<void> {
    await this.attempts.assertAddressAllowed(address);
    const tokenHash = hashLinkToken(input.token);
    const passwordHash = await this.passwords.hash(input.newPassword);
    const now = this.clock.now();
    const used = await this.transactions.run(async (manager) => {
      const reset = await this.resets.use(tokenHash, now, manager);
      if (!reset) return null;
      // Audited as the user's own change.
      await manager.query("SELECT set_config('pavilion.actor', $1, true)", [`user:${reset.userId}`]);
      await this.users.endSessions(reset.agencyId, reset.userId, manager, passwordHash);
      return reset;
    });
    if (!used) {
      await this.attempts.recordAddressFailure(address);
      throw new LinkRefusedProblem(await this.resets.refusalOf(tokenHash, now));
    }
    // Answers once every API process has dropped what it knew of the user.
    await this.roles.invalidate(used.agencyId, used.userId);
  }

  /** Resolves once every request answered so far has been looked up and its mail (if any) queued. */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  /** A stopping API finishes the mails it is still queueing. */
  beforeApplicationShutdown(): Promise<void> {
    return this.settled();
  }

  private async issue(email: string): Promise<void> {
    const user = await this.users.findByEmailForLogin(email);
    if (!user || user.disabledAt !== null) return;
    const { token, hash } = newLinkToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.passwordReset.ttlMinutes * 60_000);
    await this.transactions.run(async () => {
      const resetId = await this.resets.insert(user.agencyId, user.id, hash, now, expiresAt);
      await this.mailer.enqueue({
        agencyId: user.agencyId,
        to: user.email,
        language: user.language,
        template: 'password-reset',
        params: { token, validMinutes: this.config.passwordReset.ttlMinutes },
        dedupeKey: `password-reset:${resetId}`,
      });
    });
  }
}
