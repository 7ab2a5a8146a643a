import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { authConfig } from '../config/configuration.js';
import { ProblemException, TooManyRequestsProblem } from '../common/problem.js';
import { RedisService } from '../redis/redis.module.js';

/**
 * Counts failed logins per account and per client address in Redis, so the limit holds across API
 * processes. A fixed window starts at the first failure; reaching the limit answers 429 until it ends.
 * (@nestjs/throttler counts every request; this counts failures only, so a user who mistypes once is
 * not limited by colleagues signing in from the same booth Wi-Fi.)
 */
@Injectable()
export class LoginAttemptsService {
  constructor(
    private readonly redis: RedisService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    const [account, client] = await this.run(() => this.redis.client.mget(keys.account, keys.address));
    const { maxFailuresPerAccount, maxFailuresPerAddress } = this.config.login;
    const blockedKey =
      Number(account ?? 0) >= maxFailuresPerAccount
        ? keys.account
        : Number(client ?? 0) >= maxFailuresPerAddress
          ? keys.address
          : undefined;
    if (blockedKey) {
      const ttl = await this.run(() => this.redis.client.ttl(blockedKey));
      throw new TooManyRequestsProblem(
        'Too many failed sign-in attempts for this account or address; try again later',
        ttl > 0 ? ttl : this.config.login.lockoutSeconds,
      );
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    const window = this.config.login.lockoutSeconds;
    await this.run(() =>
      this.redis.client
        .multi()
        .incr(keys.account)
        .expire(keys.account, window, 'NX')
        .incr(keys.address)
        .expire(keys.address, window, 'NX')
        .exec(),
    );
  }

  /** For credentials that name no account (refresh tokens): the address's count alone. */
  async assertAddressAllowed(address: string): Promise<void> {
    const key = this.keys('', address).address;
    const count = await this.run(() => this.redis.client.get(key));
    if (Number(count ?? 0) >= this.config.login.maxFailuresPerAddress) {
      const ttl = await this.run(() => this.redis.client.ttl(key));
      throw new TooManyRequestsProblem(
        'Too many refused sign-in attempts from this address; try again later',
        ttl > 0 ? ttl : this.config.login.lockoutSeconds,
      );
    }
  }

  async recordAddressFailure(address: string): Promise<void> {
    const key = this.keys('', address).address;
    await this.run(() => this.redis.client.multi().incr(key).expire(key, this.config.login.lockoutSeconds, 'NX').exec());
  }

  async reset(email: string): Promise<void> {
    await this.run(() => this.redis.client.del(this.keys(email, '').account));
  }

  private keys(email: string, address: string): { account: string; address: string } {
    // Hashed so Redis holds no email addresses.
    const account = createHash('sha256').update(email).digest('hex');
    return {
      account: this.redis.key('login-failures', 'account', account),
      address: this.redis.key('login-failures', 'address', address),
    };
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch {
      throw new ProblemException({
        status: HttpStatus.SERVICE_UNAVAILABLE,
        type: 'dependency-unavailable',
        title: 'Service Unavailable',
        detail: 'Sign-in is temporarily unavailable (redis unreachable)',
      });
    }
  }
}
