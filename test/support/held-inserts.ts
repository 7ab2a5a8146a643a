import pg from 'pg';
import type { TestStore } from './test-app.js';
import { sleep } from './worker.js';

/** A session (of a worker, say) whose insert waits on a hold. */
export interface HeldSession {
  pid: number;
  /** Its `application_name`: see `withApplicationName`. */
  applicationName: string;
}

export interface InsertHold {
  /** The sessions waiting on the hold, once there is one (fails after `timeoutMs`). */
  waiting(timeoutMs?: number): Promise<HeldSession[]>;
  /** Lets the held inserts, and every later one, through. */
  release(): Promise<void>;
  /** Releases the hold, drops its trigger and disconnects. */
  remove(): Promise<void>;
}

let holds = 0;

/**
 * Stops, inside the writer's own transaction, the first row a statement inserts into `table` that
 * matches `when` (a trigger's WHEN condition on NEW), until `release()`: a test-only BEFORE INSERT
 * trigger in this file's database waits on an advisory lock that the hold's own session keeps. So a
 * test can kill a worker at a known point of a transaction it has begun, with its locks held.
 */
export async function holdInserts(test: TestStore, table: string, when: string): Promise<InsertHold> {
  holds += 1;
  const name = `test_hold_inserts_${holds}`;
  const client = new pg.Client({ connectionString: test.databaseUrl });
  await client.connect();
  const [{ pid }] = (await client.query<{ pid: number }>(`SELECT pg_advisory_lock(hashtextextended('${name}', 0)), pg_backend_pid() AS pid`)).rows;
  await client.query(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_advisory_xact_lock_shared(hashtextextended('${name}', 0)); RETURN NEW; END $$`,
  );
  await client.query(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${name}()`);
  let held = true;
  const release = async () => {
    if (!held) return;
    held = false;
    await client.query(`SELECT pg_advisory_unlock(hashtextextended('${name}', 0))`);
  };
  return {
    async waiting(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { rows } = await client.query<HeldSession>(
          `SELECT pid, application_name AS "applicationName" FROM pg_stat_activity
            WHERE datname = current_database() AND $1::int = ANY(pg_blocking_pids(pid)) ORDER BY pid`,
          [pid],
        );
        if (rows.length > 0) return rows;
        if (Date.now() > deadline) throw new Error(`no insert into ${table} waited on the hold within ${timeoutMs} ms`);
        await sleep(20);
      }
    },
    release,
    async remove() {
      try {
        await release();
        await client.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`);
        await client.query(`DROP FUNCTION IF EXISTS ${name}()`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A database URL whose sessions name themselves `name` in pg_stat_activity (it overrides the app's own). */
export function withApplicationName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', name);
  return url.toString();
}
