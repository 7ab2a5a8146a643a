import { AsyncLocalStorage } from 'node:async_hooks';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { currentActor } from './actor.js';
import { type NamedStatement, prepared } from './prepared.js';

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
    await this.settle(unit);
    return result;
  }

  /**
   * A short transaction written as one pipeline: BEGIN, the statements and COMMIT go to PostgreSQL at
   * once and are answered together, one round trip instead of one per statement (node-postgres's
   * pipeline mode, on a connection of the same pool). Each statement still runs with its own snapshot,
   * in order, so a lock taken by one statement holds before the next one reads. The statements are
   * built inside the transaction's unit of work, so `afterCommit` callbacks registered while building
   * them run once it has committed. Inside a running transaction they simply run there, one by one.
   * Returns each statement's rows; the first failure rolls everything back and is thrown.
   */
  async pipelined(build: () => NamedStatement[]): Promise<QueryResultRow[][]> {
    const current = storage.getStore();
    if (current) {
      const rows: QueryResultRow[][] = [];
      for (const { name, text, values } of build()) rows.push(await prepared(current.manager, name, text, values));
      return rows;
    }
    const unit: UnitOfWork = { manager: this.dataSource.manager, afterCommit: [], committed: [] };
    const statements = storage.run(unit, build);
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const client = (await pool.connect()) as PoolClient & { pipeline: boolean };
    let broken: Error | undefined;
    client.pipeline = true;
    try {
      // Sent all at once. After a failure PostgreSQL answers the remaining statements with errors of
      // an aborted transaction, and COMMIT with a rollback.
      // node-postgres writes each statement to the socket as it is queued; corked, the whole
      // transaction leaves in one write (one packet for PostgreSQL to read, not one per statement).
      const socket = (client as unknown as { connection: { stream: Writable } }).connection.stream;
      socket.cork();
      let answers: Promise<QueryResult>[];
      try {
        answers = [{ text: 'BEGIN' }, ...statements, { text: 'COMMIT' }].map((statement) => client.query(statement));
      } finally {
        socket.uncork();
      }
      const settled = await Promise.allSettled(answers);
      const failed = settled.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      const committed = settled.at(-1) as PromiseFulfilledResult<{ command: string }>;
      if (committed.value.command !== 'COMMIT') throw new Error(`the pipelined transaction ended with ${committed.value.command}`);
      const rows = settled.slice(1, -1).map((result) => (result as PromiseFulfilledResult<{ rows: QueryResultRow[] }>).value.rows);
      await this.settle(unit);
      return rows;
    } catch (error) {
      // A connection error leaves the connection unusable: the pool drops it rather than lend it again.
      if (!(error instanceof Error && 'severity' in error)) broken = error as Error;
      throw error;
    } finally {
      client.pipeline = false;
      client.release(broken);
    }
  }

  /** After a unit of work committed: its `afterCommit` callbacks, then its awaited `whenCommitted` work. */
  private async settle(unit: UnitOfWork): Promise<void> {
    for (const callback of unit.afterCommit) callback();
    await Promise.all(unit.committed.map((work) => work()));
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
