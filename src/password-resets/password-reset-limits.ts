import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ProblemException, TooManyRequestsProblem } from '../common/problem.js';
import { accountsConfig } from '../config/configuration.js';
import { RedisThrottlerStorage } from '../throttle/redis-throttler.storage.js';

/**
 * "Forgot password" requests per email address and per client address, in fixed windows counted in
 * Redis (the rate limiter's storage). Every request counts, whether or not the email has an account,
 * so a 429 tells nothing about accounts either. Without Redis: 503 (mail is not sent unthrottled).
 */
@Injectable()
export class PasswordResetLimits {
  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(accountsConfig.KEY) private readonly config: ConfigType<typeof accountsConfig>,
  ) {}

  async count(email: string, address: string): Promise<void> {
    const { windowMs, maxPerEmail, maxPerAddress } = this.config.passwordReset;
    // Hashed, so Redis holds no email addresses.
    const account = createHash('sha256').update(email).digest('hex');
    let counts;
    try {
      counts = await Promise.all([
        this.storage.increment(`password-reset:address:${address}`, windowMs, maxPerAddress),
        this.storage.increment(`password-reset:email:${account}`, windowMs, maxPerEmail),
      ]);
    } catch {
      throw new ProblemException({
        status: HttpStatus.SERVICE_UNAVAILABLE,
        type: 'dependency-unavailable',
        title: 'Service Unavailable',
        detail: 'Password reset is temporarily unavailable (redis unreachable)',
      });
    }
    const blocked = counts.find((count) => count.isBlocked);
    if (blocked) throw new TooManyRequestsProblem('Too many password reset requests for this email or from this address; try again later', blocked.timeToExpire);
  }
}
