import { AsyncResource } from 'node:async_hooks';
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ApiKeysRepository, type KeyUse } from './api-keys.repository.js';

/** A key's last use is kept to the minute: a key used again within one is not written again. */
const RESOLUTION_MS = 60_000;
/** How long a use waits in memory before it is written, with every other use of the moment. */
export const FLUSH_AFTER_MS = 10_000;
const MAX_REMEMBERED = 10_000;

/**
 * `lastUsedAt`, off the request: a request with a key only notes its use here (a map write); the
 * uses are written in one statement ten seconds later (and when the process stops), at most once a
 * minute per key and process. A process killed outright loses its last ten seconds of uses: this is
 * bookkeeping for admins, not an audit record.
 */
@Injectable()
export class ApiKeyUses implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ApiKeyUses.name);
  private readonly pending = new Map<string, KeyUse>();
  /** When each key's use was last noted for writing. */
  private readonly noted = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  // Bound to the context the service was built in, not to the request that notes the first use: the
  // write must not run in that request's (long finished) transaction.
  private readonly schedule = AsyncResource.bind(() => setTimeout(() => void this.flush(), FLUSH_AFTER_MS).unref());

  constructor(private readonly keys: ApiKeysRepository) {}

  note(agencyId: string, keyId: string): void {
    const now = Date.now();
    const last = this.noted.get(keyId);
    if (last !== undefined && now - last < RESOLUTION_MS) return;
    if (this.noted.size >= MAX_REMEMBERED) this.noted.clear();
    this.noted.set(keyId, now);
    this.pending.set(keyId, { agencyId, keyId, at: new Date(now) });
    this.timer ??= this.schedule();
  }

  /** Writes the uses noted so far (tests call it to see them without waiting). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const uses = [...this.pending.values()];
    this.pending.clear();
    try {
      await this.keys.recordUses(uses);
    } catch (error) {
      this.logger.warn(`could not record the last use of ${uses.length} API key(s) (${String(error)})`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
