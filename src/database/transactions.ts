import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { currentActor } from './actor.js';

interface UnitOfWork {
  manager: EntityManager;
  afterCommit: (() => void)[];
  /** Awaited by the outermost `run` once committed, before it resolves (and so before the response). */
  committed: (() => Promise<void>)[];
}

const storage = new AsyncLocalStorage<UnitOfWork>();

/**
 * One transaction per request that writes, shared by whatever runs inside it: the idempotency record
 * and the row it describes commit together, and an outcome's stale mark commits with the write that
 * made it stale. Repositories read `manager`, which is the current transaction's or the default one.
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return storage.getStore()?.manager ?? this.dataSource.manager;
  }

  /**
   * Runs `work` in the current transaction, or in a new one that commits when `work` resolves. A new
   * transaction first tells the audit trigger who writes, unless `actorSetByWork` says `work` does so
   * in its own first statement (the booth-logging hot path: one round trip fewer).
   */
  async run<T>(work: (manager: EntityManager) => Promise<T>, options: { actorSetByWork?: boolean } = {}): Promise<T> {
    const current = storage.getStore();
    if (current) return work(current.manager);
    const unit: UnitOfWork = { manager: this.dataSource.manager, afterCommit: [], committed: [] };
    const actor = currentActor();
    const result = await this.dataSource.transaction(async (manager) => {
      unit.manager = manager;
      // The audit trigger reads the actor of the transaction's writes from this setting.
      if (actor && !options.actorSetByWork) await manager.query("SELECT set_config('pavilion.actor', $1, true)", [actor]);
      return storage.run(unit, () => work(manager));
    });
    for (const callback of unit.afterCommit) callback();
    await Promise.all(unit.committed.map((work) => work()));
    return result;
  }

  /** The audit actor of the current request ("" outside one: the trigger then records "system"). */
  get auditActor(): string {
    return currentActor() ?? '';
  }

  /** Runs `callback` once the current transaction has committed (at once if there is none). */
  afterCommit(callback: () => void): void {
    const current = storage.getStore();
    if (current) current.afterCommit.push(callback);
    else callback();
  }

  /**
   * Like `afterCommit`, but the outermost `run` waits for `work` before it resolves, so the request
   * answers only once it is done (telling every API process that a key changed: the change must be
   * committed before they read it again, and known to them before the client's next request). At
   * once, awaited, if there is no transaction. `work` must not throw.
   */
  async whenCommitted(work: () => Promise<void>): Promise<void> {
    const current = storage.getStore();
    if (current) current.committed.push(work);
    else await work();
  }
}
