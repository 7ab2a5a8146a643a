import pg from 'pg';
import { createTestDatabase, dropTestDatabase } from './support/databases.js';

/**
 * Distributing the schema by agency (Citus) needs every tenant table's primary key and unique keys to
 * include `agency_id`: a distributed table cannot enforce uniqueness across shards otherwise. This
 * reads every table of the migrated schema from the catalog and checks each key, against the list
 * below of the keys that do not, each with why (the README's "Scaling out" section tells the story).
 * A new table or key without `agency_id` fails here until it is fixed or listed; a listed key that
 * gained `agency_id` (or went away) fails too, so the list stays exact.
 */

/** Tables without an `agency_id` column. */
const NOT_TENANT: Record<string, string> = {
  agencies: 'the tenant itself: the distribution key (a Citus reference table)',
  change_positions: "one row per change-feed subscriber: the relay's own bookkeeping, shared by all agencies",
  typeorm_migrations: 'the schema version',
};

const UUID_PK =
  'a random UUID primary key, unique by itself; PRIMARY KEY (agency_id, id) for Citus is one ALTER per table ' +
  '(foreign keys already reference (id, agency_id) but for the four in GLOBAL_REFERENCES), left for the distribution change itself';
const OUTCOME_PK = "a derived outcome row keyed by its fair (a fair belongs to one agency); its upserts' ON CONFLICT targets name these columns";
const GLOBAL_LOOKUP = 'looked up before the agency is known (the request names no agency): under Citus a reference table or a lookup table by this key';
const FEED_ORDER = 'the change feed and webhook deliveries are ordered by one global sequence the relay walks; under Citus a per-agency sequence';

/** Keys without `agency_id`: "table (columns, sorted)" → why. */
const ALLOWED: Record<string, string> = {
  'api_keys (id)': UUID_PK,
  'api_keys (secret_hash)': `${GLOBAL_LOOKUP}: an X-API-Key header`,
  'audit_log (id)': UUID_PK,
  'buyers (id)': UUID_PK,
  'change_events (seq)': FEED_ORDER,
  'change_events (id)': 'the event id partners receive (webhook-id); a random UUID',
  'companies (id)': UUID_PK,
  'consultations (id)': UUID_PK,
  'contracts (id)': UUID_PK,
  'exchange_rates (id)': UUID_PK,
  'fair_outcome_companies (company_id, fair_id)': OUTCOME_PK,
  'fair_outcome_countries (country, fair_id)': OUTCOME_PK,
  'fair_outcome_days (day, fair_id)': OUTCOME_PK,
  'fair_outcome_months (fair_id, month)': OUTCOME_PK,
  'fair_outcomes (fair_id)': OUTCOME_PK,
  'follow_up_emails (id)': UUID_PK,
  'follow_up_emails (dedupe_key)': 'one mail per questionnaire and purpose; the key names the questionnaire id, a UUID of one agency',
  'follow_up_link_uses (id)': UUID_PK,
  'follow_up_questionnaires (id)': UUID_PK,
  'follow_up_questionnaires (company_id, round_id)': 'one questionnaire per company and round, both of one agency',
  'follow_up_questionnaires (token_hash)': `${GLOBAL_LOOKUP}: a company's self-report link`,
  'follow_up_responses (id)': UUID_PK,
  'follow_up_responses (questionnaire_id)': 'one answer per questionnaire; a questionnaire id is a UUID of one agency',
  'follow_up_rounds (id)': UUID_PK,
  'follow_up_rounds (fair_id, months_after)': 'one round per fair and month offset; a fair belongs to one agency',
  'invitations (id)': UUID_PK,
  'invitations (token_hash)': `${GLOBAL_LOOKUP}: an invitation link`,
  'mail_messages (id)': UUID_PK,
  'mail_messages (dedupe_key)': 'one mail per dedupe key; every key a sender makes names a record id (a UUID) of one agency',
  'fairs (id)': UUID_PK,
  'import_errors (id)': UUID_PK,
  'imports (id)': UUID_PK,
  'interpreters (id)': UUID_PK,
  'meeting_sessions (id)': UUID_PK,
  'meetings (id)': UUID_PK,
  'meetings (consultation_id)': 'one meeting per consultation; a consultation id is a UUID of one agency',
  'outcome_changes (id)': UUID_PK,
  'participations (company_id, fair_id)': 'one participation per company and fair, both of one agency',
  'participations (id)': UUID_PK,
  'password_resets (id)': UUID_PK,
  'password_resets (token_hash)': `${GLOBAL_LOOKUP}: a password-reset link`,
  'refresh_tokens (id)': UUID_PK,
  'refresh_tokens (token_hash)': `${GLOBAL_LOOKUP}: the refresh cookie`,
  'schedule_runs (id)': UUID_PK,
  'shipments (id)': UUID_PK,
  'users (id)': UUID_PK,
  'users (email)': `${GLOBAL_LOOKUP}: login by email, unique across agencies (README "Decisions")`,
  'webhook_attempts (id)': UUID_PK,
  'webhook_deliveries (id)': UUID_PK,
  'webhook_deliveries (seq)': FEED_ORDER,
  'webhook_deliveries (endpoint_id, event_id)': 'one delivery per endpoint and event, both of one agency',
  'webhook_endpoints (id)': UUID_PK,
};

interface Key {
  table: string;
  columns: string[];
  primary: boolean;
}

describe('tenant tables keep agency_id in their keys (for distribution by agency)', () => {
  let name: string;
  let db: pg.Client;
  let tables: { name: string; tenant: boolean }[];
  let keys: Key[];

  beforeAll(async () => {
    const created = await createTestDatabase();
    name = created.name;
    db = new pg.Client({ connectionString: created.url });
    await db.connect();
    tables = (
      await db.query<{ name: string; tenant: boolean }>(
        `SELECT c.relname AS name,
                EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'agency_id' AND NOT a.attisdropped) AS tenant
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
      )
    ).rows;
    // Unique constraints and unique indexes alike (a partial unique index is a key too).
    keys = (
      await db.query<Key>(
        `SELECT c.relname AS table, ix.indisprimary AS primary,
                array(SELECT a.attname::text FROM unnest(ix.indkey) k JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k ORDER BY 1) AS columns
           FROM pg_index ix JOIN pg_class c ON c.oid = ix.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND ix.indisunique AND c.relkind IN ('r', 'p')`,
      )
    ).rows;
  });

  afterAll(async () => {
    await db?.end();
    if (name) await dropTestDatabase(name);
  });

  it('every table without agency_id is a known one, with its reason', () => {
    expect(tables.filter((t) => !t.tenant).map((t) => t.name)).toEqual(Object.keys(NOT_TENANT).sort());
  });

  it('every tenant table has a primary key', () => {
    const withPrimary = new Set(keys.filter((k) => k.primary).map((k) => k.table));
    expect(tables.filter((t) => t.tenant && !withPrimary.has(t.name)).map((t) => t.name)).toEqual([]);
  });

  it('every primary and unique key of a tenant table includes agency_id, or is listed with why not', () => {
    const tenant = new Set(tables.filter((t) => t.tenant).map((t) => t.name));
    const without = keys
      .filter((k) => tenant.has(k.table) && !k.columns.includes('agency_id'))
      .map((k) => `${k.table} (${k.columns.join(', ')})`)
      .sort();
    expect(without).toEqual(Object.keys(ALLOWED).sort());
    for (const reason of Object.values(ALLOWED)) expect(reason.length).toBeGreaterThan(20);
  });

  it('the keys with agency_id are most of them: each tenant table with a UUID id can be found by (agency_id, id)', () => {
    const tenant = tables.filter((t) => t.tenant).map((t) => t.name);
    const byAgencyAndId = new Set(keys.filter((k) => k.columns.length === 2 && k.columns[0] === 'agency_id' && k.columns[1] === 'id').map((k) => k.table));
    // The tables whose records other tables reference carry UNIQUE (agency_id, id): the foreign keys use it.
    for (const table of ['buyers', 'companies', 'consultations', 'fairs', 'interpreters', 'meeting_sessions', 'meetings', 'webhook_endpoints']) {
      expect(tenant).toContain(table);
      expect(byAgencyAndId).toContain(table);
    }
  });
});
