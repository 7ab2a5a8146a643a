import type pg from 'pg';

/**
 * Every place in the database holding `needle`: each row of every table in the public schema, whole
 * (`row_to_json`, so every text, jsonb, array and other column is searched). Answers "table" names,
 * one per row found; empty when the secret is nowhere at rest.
 */
export async function findInDatabase(db: pg.Pool, needle: string): Promise<string[]> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const { rows } = await db.query<{ count: string }>(
      `SELECT count(*) FROM ${quoted} AS t WHERE strpos(row_to_json(t)::text, $1) > 0`,
      [needle],
    );
    for (let i = 0; i < Number(rows[0].count); i++) found.push(name);
  }
  return found;
}

/** Sanity for the search itself: how many tables it looked through. */
export async function countTables(db: pg.Pool): Promise<number> {
  const { rows } = await db.query<{ count: string }>(
    `SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  return Number(rows[0].count);
}
