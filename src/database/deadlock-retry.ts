import type { EntityManager } from 'typeorm';

/** How many times a statement is tried while PostgreSQL keeps choosing it as a deadlock's victim. */
const DEADLOCK_ATTEMPTS = 3;

const isDeadlockVictim = (error: unknown): boolean => (error as { driverError?: { code?: string } }).driverError?.code === '40P01';

/**
 * Runs `work` (one write, in the manager's running transaction) in a savepoint, and again when
 * PostgreSQL aborted it as a deadlock's victim (40P01), up to three times in all.
 *
 * For writes that meet an exclusion constraint: PostgreSQL puts a row's entry into the constraint's
 * index before checking it, so two overlapping writes that both get their entries in before either
 * checks wait for each other, and one is aborted. Run again, it waits for the other to finish and then
 * meets an ordinary violation (23P01) naming the constraint, which its caller answers with a 409, or
 * finds the way free. A savepoint, not a new transaction: a request sent with an Idempotency-Key
 * already runs in an outer one.
 */
export async function retryingDeadlocks<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await manager.query('SAVEPOINT deadlock_retry');
    try {
      const result = await work();
      await manager.query('RELEASE SAVEPOINT deadlock_retry');
      return result;
    } catch (error) {
      if (!isDeadlockVictim(error) || attempt === DEADLOCK_ATTEMPTS) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT deadlock_retry');
    }
  }
}
