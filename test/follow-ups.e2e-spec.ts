import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { linkToken } from '../src/followups/link-tokens.js';
import { issueKey, partner } from './support/api-keys.js';
import { insertBuyer, insertCompany, insertFair, insertParticipation, type FairRow } from './support/records.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { holdInserts, withApplicationName } from './support/held-inserts.js';
import { bearer, createAppFor, deleteRedisKeys } from './support/test-app.js';
import { startTwoAgencies, type TwoAgencies } from './support/two-agencies.js';
import { killWorker, sleep, spawnWorker, stopWorker, type WorkerProcess } from './support/worker.js';

/**
 * Follow-up rounds (issue 15) end to end: real API, two real worker processes, PostgreSQL and Redis,
 * and the controllable clock (TEST_CLOCK_FILE), which the API and the workers read alike.
 */
const LINK_KEY = Buffer.from('Zm9sbG93LXVwLWxpbmsta2V5LWZvci10aGUtdGVzdHM=', 'base64');
const clockFile = join(mkdtempSync(join(tmpdir(), 'pavilion-clock-')), 'now');
const setClock = (iso: string) => writeFileSync(clockFile, iso);
const DAY = 24 * 3600 * 1000;
const at = (base: string, ms: number) => new Date(new Date(base).getTime() + ms).toISOString();

/** The fairs end on 31 August 2026 in Seoul: the first round opens at 2026-11-30 00:00 KST = 2026-11-29T15:00Z. */
const OPENS = '2026-11-29T15:00:00.000Z';
const ENV: Record<string, string> = {
  TEST_CLOCK_FILE: clockFile,
  FOLLOWUP_LINK_SECRET_KEY: LINK_KEY.toString('base64'),
  FOLLOWUP_REMINDER_INTERVAL_DAYS: '7',
  FOLLOWUP_MAX_REMINDERS: '2',
  OUTCOME_SWEEP_INTERVAL_MS: '500',
  // A Redis flush takes any queued mail job with it: the mail sweep finds its mail after this.
  MAIL_ORPHAN_AFTER_MS: '2000',
};

describe('follow-up rounds', () => {
  let setup: TwoAgencies;
  const workers: WorkerProcess[] = [];
  /** Each worker's name, which its database sessions carry as application_name. */
  const names = new Map<WorkerProcess, string>();
  let fair: FairRow;
  let fairB: FairRow;
  const companies: string[] = [];
  let companyB: string;
  let buyerEmail: string;
  const consultations: Record<'consulted' | 'negotiating' | 'won', string> = { consulted: '', negotiating: '', won: '' };
  let markerAgency: string;
  let smtp: TestSmtpServer;

  const spawnNamed = (name: string) => {
    const worker = spawnWorker(setup.test, { ...ENV, DATABASE_URL: withApplicationName(setup.test.databaseUrl, name) });
    names.set(worker, name);
    workers.push(worker);
  };
  const workerNamed = (name: string): WorkerProcess => {
    const worker = workers.find((candidate) => names.get(candidate) === name);
    if (!worker) throw new Error(`no worker named ${name}`);
    return worker;
  };

  const db = () => setup.test.db;
  const q1 = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await db().query(sql, params)).rows[0] as T;
  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await q1<{ n: number }>(sql, params)).n;

  const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${workers.map((w) => w.output()).join('\n')}`);
      await sleep(100);
    }
  };

  /** Resolves once every mail in the outbox is sent: none is in flight, and none can go out again. */
  const outboxSettled = () => waitFor('every outbox mail sent', async () => (await count(`SELECT count(*)::int AS n FROM mail_messages WHERE status <> 'sent'`)) === 0);

  /**
   * Resolves once a whole sweep has run since the call: a sweep gives a new fair its default
   * schedule first, so once a second marker fair (inserted after the first got its rounds) has
   * rounds, a sweep that started after the first marker has finished.
   */
  const sweptSinceNow = async () => {
    for (let i = 0; i < 2; i += 1) {
      const marker = await insertFair(setup.test, markerAgency, { endsOn: '2030-01-01', startsOn: '2029-12-30', timezone: 'Asia/Seoul' });
      await waitFor('a sweep', async () => (await count('SELECT count(*)::int AS n FROM follow_up_rounds WHERE fair_id = $1', [marker.id])) === 3);
    }
  };

  const round1 = () => q1<{ id: string; opened_at: Date | null }>('SELECT id, opened_at FROM follow_up_rounds WHERE fair_id = $1 AND sequence = 1', [fair.id]);
  const questionnaireOf = (companyId: string) =>
    q1<{ id: string; token_generation: number }>('SELECT id, token_generation FROM follow_up_questionnaires WHERE company_id = $1', [companyId]);
  const tokenOf = async (companyId: string) => {
    const q = await questionnaireOf(companyId);
    return { id: q.id, token: linkToken(LINK_KEY, q.id, q.token_generation) };
  };
  const form = (id: string, token?: string) =>
    setup.test.app.inject({ method: 'GET', url: `/v1/follow-up/questionnaires/${id}`, headers: token === undefined ? {} : { 'x-follow-up-token': token } });
  const answer = (id: string, token: string, payload: object) =>
    setup.test.app.inject({ method: 'POST', url: `/v1/follow-up/questionnaires/${id}/response`, headers: { 'x-follow-up-token': token }, payload });
  const validAnswer = (extra: object = {}) => ({
    contractsSigned: { count: 1, value: { amount: '125000.50', currency: 'USD' } },
    contractsExpected: { count: 2, value: { amount: '98000000', currency: 'KRW' } },
    shipments: { count: 0 },
    satisfaction: 4,
    wouldExhibitAgain: true,
    ...extra,
  });

  beforeAll(async () => {
    setClock('2026-11-29T14:00:00.000Z');
    smtp = await startSmtpServer();
    ENV.SMTP_URL = smtp.url;
    setup = await startTwoAgencies(ENV);
    const { test, a, b } = setup;
    markerAgency = (await q1<{ id: string }>(`INSERT INTO agencies (name) VALUES ('Markers') RETURNING id`)).id;
    fair = await insertFair(test, a.id, { name: 'MEDICA 2026', startsOn: '2026-08-28', endsOn: '2026-08-31', timezone: 'Asia/Seoul' });
    fairB = await insertFair(test, b.id, { name: 'KIMES 2026', startsOn: '2026-08-28', endsOn: '2026-08-31', timezone: 'Asia/Seoul' });
    for (const name of ['Alpha Medical', 'Beta Devices', 'Gamma Diagnostics']) {
      const id = await insertCompany(test, a.id, name);
      await db().query('UPDATE companies SET contact_email = $2 WHERE id = $1', [id, `export@${name.split(' ')[0].toLowerCase()}.example`]);
      await insertParticipation(test, a.id, fair.id, id);
      companies.push(id);
    }
    companyB = await insertCompany(test, b.id, 'Delta Care');
    await db().query(`UPDATE companies SET contact_email = 'export@delta.example' WHERE id = $1`, [companyB]);
    // B's company reads English, set through the API: its questionnaires and emails follow it.
    const english = await setup.test.app.inject({ method: 'PATCH', url: `/v1/companies/${companyB}`, headers: bearer(b.manager.token), payload: { language: 'en' } });
    expect(english.json()).toMatchObject({ language: 'en' });
    await insertParticipation(test, b.id, fairB.id, companyB);
    buyerEmail = `li.na.${Date.now()}@buyer.example`;
    const buyer = await insertBuyer(test, a.id, 'CN', buyerEmail);
    await db().query(`UPDATE buyers SET phone = '+86 21 5555 0199' WHERE id = $1`, [buyer]);
    for (const [hour, stage] of (['consulted', 'negotiating', 'won'] as const).entries()) {
      const row = await q1<{ id: string }>(
        `INSERT INTO consultations (agency_id, version, fair_id, company_id, buyer_id, buyer_country, occurred_at, local_date, type,
                                    estimated_amount, estimated_currency, estimated_usd, stage, logged_by, notes)
         VALUES ($1, 1, $2, $3, $4, 'CN', $7, '2026-08-29', 'booth', '50000.00', 'USD', '50000.00', $5, $6,
                 'call Li Na on +86 21 5555 0199') RETURNING id`,
        [a.id, fair.id, companies[0], buyer, stage, a.staff.id, `2026-08-29T0${hour + 2}:00:00Z`],
      );
      consultations[stage] = row.id;
    }
    spawnNamed('worker-0');
    spawnNamed('worker-1');
  }, 120_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => stopWorker(worker)));
    await setup?.test.close();
    await smtp?.close();
  });

  it('gives a fair the default schedule: 3, 6 and 12 months after its last day, at midnight in its time zone', async () => {
    await waitFor('the default schedule', async () => (await count('SELECT count(*)::int AS n FROM follow_up_rounds WHERE fair_id = $1', [fair.id])) === 3);
    const response = await setup.test.app.inject({ method: 'GET', url: `/v1/fairs/${fair.id}/follow-up-rounds`, headers: bearer(setup.a.manager.token) });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ data: object[] }>().data).toEqual([
      expect.objectContaining({ sequence: 1, monthsAfter: 3, opensAt: OPENS, openedAt: null, questionnaires: 0 }),
      expect.objectContaining({ sequence: 2, monthsAfter: 6, opensAt: '2027-02-27T15:00:00.000Z', openedAt: null }),
      expect.objectContaining({ sequence: 3, monthsAfter: 12, opensAt: '2027-08-30T15:00:00.000Z', openedAt: null }),
    ]);
    await sweptSinceNow();
    expect((await round1()).opened_at).toBeNull();
  }, 120_000);

  it('opens the first round exactly once across two workers, one killed while opening it, one killed while handing its invitations to the mail outbox, and Redis flushes; one invitation mail per company', async () => {
    // Test-only holds in this file's database: the opening's first questionnaire for this fair, and
    // the hand-over's first invitation of its agency into the mail outbox, wait inside the worker's
    // transaction until released, so each kill lands at a known point.
    const opening = await holdInserts(setup.test, 'follow_up_questionnaires', `NEW.fair_id = '${fair.id}'`);
    const handOver = await holdInserts(setup.test, 'mail_messages', `NEW.agency_id = '${setup.a.id}' AND NEW.template = 'followup-invitation'`);
    try {
      setClock(at(OPENS, 1000));
      const [opener, ...alsoOpening] = await opening.waiting();
      expect(alsoOpening).toEqual([]);
      // Meanwhile agency B's round, due at the same instant, opens and its invitation goes out: the
      // other worker skips the claimed round rather than wait for it, and does not open it again.
      await smtp.waitForMails('export@delta.example', 1, 60_000);
      await outboxSettled();
      await sweptSinceNow();
      expect((await round1()).opened_at).toBeNull();
      expect(await opening.waiting()).toEqual([opener]);

      // No mail is in flight (an SMTP send cut short between the server's acceptance and the outbox's
      // update goes out again: at least once), so every mail counted below went out once.
      await killWorker(workerNamed(opener.applicationName));
      await deleteRedisKeys(setup.test.redisPrefix);
      spawnNamed('worker-2');
      // PostgreSQL keeps the killed worker's transaction, and its claim, until it next hears from the
      // client: the others still skip the round. Let through, its statement ends, the transaction rolls back.
      await sweptSinceNow();
      expect((await round1()).opened_at).toBeNull();
      await opening.release();
      await waitFor('round 1 to open', async () => (await round1()).opened_at !== null);

      // Committed; the worker handing the invitations over is killed before the outbox's commit.
      const [handing, ...alsoHanding] = await handOver.waiting();
      expect(alsoHanding).toEqual([]);
      expect(await count('SELECT count(*)::int AS n FROM mail_messages WHERE agency_id = $1', [setup.a.id])).toBe(0);
      await killWorker(workerNamed(handing.applicationName));
      await deleteRedisKeys(setup.test.redisPrefix);
      spawnNamed('worker-3');
      await handOver.release();
    } finally {
      // Both first: a held hand-over keeps a lock that dropping the opening's trigger would wait for.
      await opening.release();
      await handOver.release();
      await opening.remove();
      await handOver.remove();
    }
    await waitFor('the invitations sent', async () => (await count(`SELECT count(*)::int AS n FROM mail_messages WHERE template = 'followup-invitation' AND status = 'sent'`)) === 4);
    const opened = (await round1()).opened_at;
    await sweptSinceNow();

    const round = await round1();
    expect(round.opened_at).toEqual(opened);
    expect(await count('SELECT count(DISTINCT company_id)::int AS n FROM follow_up_questionnaires WHERE round_id = $1', [round.id])).toBe(3);
    expect(await count('SELECT count(*)::int AS n FROM follow_up_questionnaires WHERE round_id = $1', [round.id])).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM change_events WHERE type = 'followup.round_opened' AND record_id = $1`, [round.id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'follow_up_rounds' AND record_id = $1 AND after ? 'opened_at'`, [round.id])).toBe(1);
    const invitations = await db().query<{ questionnaire_id: string; handed: boolean }>(
      `SELECT e.questionnaire_id, e.handed_at IS NOT NULL AS handed FROM follow_up_emails e
         JOIN follow_up_questionnaires q ON q.id = e.questionnaire_id WHERE q.round_id = $1 AND e.kind = 'invitation'`,
      [round.id],
    );
    expect(invitations.rows).toHaveLength(3);
    expect(new Set(invitations.rows.map((row) => row.questionnaire_id)).size).toBe(3);
    expect(invitations.rows.every((row) => row.handed)).toBe(true);
    // Every outbox mail is sent, so none can go out again: the SMTP server's mailbox is final.
    await outboxSettled();
    expect(smtp.received).toHaveLength(4);
    // Through the mail module and a real SMTP server: one invitation per company, its own link.
    for (const [index, name] of ['alpha', 'beta', 'gamma'].entries()) {
      const mails = smtp.mailsTo(`export@${name}.example`);
      expect(mails).toHaveLength(1);
      const { id, token } = await tokenOf(companies[index]);
      expect(mails[0].link).toBe(`http://localhost:3000/app/follow-up/${id}#${token}`);
      expect(mails[0].language).toBe('ko');
    }
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_questionnaires WHERE round_id = $1 AND language = 'ko'`, [round.id])).toBe(3);
    // Agency B's fair ended the same day: its round opened too, with its own single questionnaire,
    // in its company's language (en), and so is the invitation.
    expect(await count('SELECT count(*)::int AS n FROM follow_up_questionnaires WHERE fair_id = $1', [fairB.id])).toBe(1);
    expect(await q1('SELECT language FROM follow_up_questionnaires WHERE fair_id = $1', [fairB.id])).toEqual({ language: 'en' });
    const english = smtp.mailsTo('export@delta.example');
    expect(english).toHaveLength(1);
    expect(english[0].language).toBe('en');
    expect(english[0].subject).toBe('[Pavilion] KIMES 2026 follow-up (round 1)');
    expect(english[0].text).toContain('Dear Delta Care, thank you for exhibiting');
    const { id: idB, token: tokenB } = await tokenOf(companyB);
    expect(english[0].link).toBe(`http://localhost:3000/app/follow-up/${idB}#${tokenB}`);
  }, 180_000);

  it('shows a company, through its link, its open consultations without buyers’ contact data', async () => {
    const { id, token } = await tokenOf(companies[0]);
    const response = await form(id, token);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ companyName: string; consultations: { id: string; stage: string }[]; response: unknown }>();
    expect(body.companyName).toBe('Alpha Medical');
    expect(body.consultations.map((c) => [c.id, c.stage])).toEqual([
      [consultations.consulted, 'consulted'],
      [consultations.negotiating, 'negotiating'],
    ]);
    expect(body.response).toBeNull();
    expect(response.body).not.toContain(buyerEmail);
    expect(response.body).not.toContain('5555');
    expect(response.body).not.toContain('Wang Wei');
    expect(response.body).not.toMatch(/"(email|phone|contactName|notes)"/);
  });

  it('refuses a missing, malformed or unknown token, and a token used on another company’s questionnaire (A cannot touch B)', async () => {
    const a = await tokenOf(companies[0]);
    const b = await tokenOf(companies[1]);
    const other = await tokenOf(companyB);
    expect((await form(a.id)).statusCode).toBe(401);
    expect((await form(a.id, 'pvf_short')).statusCode).toBe(401);
    expect((await form(a.id, linkToken(LINK_KEY, a.id, 7))).statusCode).toBe(404);
    expect((await form(b.id, a.token)).statusCode).toBe(404);
    expect((await form(other.id, a.token)).statusCode).toBe(404);
    expect((await answer(b.id, a.token, validAnswer())).statusCode).toBe(404);
    expect(await count('SELECT count(*)::int AS n FROM follow_up_responses WHERE questionnaire_id = $1', [b.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_link_uses WHERE questionnaire_id = $1 AND outcome = 'refused: another questionnaire'`, [a.id])).toBe(3);
  });

  it('names the field of a bad answer (4xx) and changes nothing', async () => {
    const { id, token } = await tokenOf(companies[0]);
    const cases: [object, number, string][] = [
      [validAnswer({ satisfaction: 6 }), 400, 'satisfaction'],
      [validAnswer({ contractsSigned: { count: 1, value: { amount: 125000.5, currency: 'USD' } } }), 400, 'contractsSigned.value.amount'],
      [validAnswer({ wouldExhibitAgain: 'yes' }), 400, 'wouldExhibitAgain'],
      [validAnswer({ consultations: [{ consultationId: consultations.won, stage: 'lost' }] }), 422, 'consultations[0].consultationId'],
      [validAnswer({ consultations: [{ consultationId: consultations.consulted, stage: 'maybe' }] }), 400, 'consultations[0].stage'],
      [validAnswer({ laterContracts: [{ signedOn: '2026-11-20', value: { amount: '10.00', currency: 'USD' } }] }), 422, 'laterContracts[0].buyerCountry'],
      [validAnswer({ laterContracts: [{ buyerCountry: 'CN', signedOn: '2026-11-20', value: { amount: '10.00', currency: 'EUR' } }] }), 422, 'laterContracts[0].value'],
      [validAnswer({ laterContracts: [{ buyerCountry: 'CN', value: { amount: '10.00', currency: 'USD' } }] }), 400, 'laterContracts[0].signedOn'],
      [validAnswer({ laterContracts: [{ buyerCountry: 'CN', status: 'expected', signedOn: '2026-11-20', value: { amount: '10.00', currency: 'USD' } }] }), 400, 'laterContracts[0].status'],
      // The contract is created first, then its shipment fails: the whole answer is rolled back.
      [
        validAnswer({
          laterContracts: [{ buyerCountry: 'CN', signedOn: '2026-11-20', value: { amount: '10.00', currency: 'USD' }, shipments: [{ shippedOn: '2026-08-01', value: { amount: '5.00', currency: 'USD' } }] }],
        }),
        422,
        'laterContracts[0].shipments[0].shippedOn',
      ],
      [validAnswer({ laterShipments: [{ contractId: randomUUID(), shippedOn: '2026-11-20', value: { amount: '5.00', currency: 'USD' } }] }), 422, 'laterShipments[0].contractId'],
      [validAnswer({ confirmedContracts: [{ contractId: randomUUID(), signedOn: '2026-11-20' }] }), 422, 'confirmedContracts[0].contractId'],
      [validAnswer({ confirmedContracts: [{ contractId: 'nope', signedOn: '2026-11-20' }] }), 400, 'confirmedContracts[0].contractId'],
    ];
    for (const [payload, status, field] of cases) {
      const response = await answer(id, token, payload);
      expect({ field, status: response.statusCode }).toEqual({ field, status });
      const fields = response.json<{ errors?: { field: string }[] }>().errors?.map((error) => error.field) ?? [];
      expect(fields.some((named) => named === field || named.startsWith(field))).toBe(true);
    }
    expect(await count('SELECT count(*)::int AS n FROM follow_up_responses')).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM contracts`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM shipments`)).toBe(0);
    expect(await q1<{ stage: string }>('SELECT stage FROM consultations WHERE id = $1', [consultations.consulted])).toEqual({ stage: 'consulted' });
  });

  it('sends the reminders on schedule, every 7 days, at most twice, until the company answers', async () => {
    const reminders = async () => count(`SELECT count(*)::int AS n FROM follow_up_emails WHERE kind = 'reminder' AND agency_id = $1`, [setup.a.id]);
    setClock(at(OPENS, 7 * DAY - 60_000));
    await sweptSinceNow();
    expect(await reminders()).toBe(0);

    setClock(at(OPENS, 7 * DAY + 2000));
    await waitFor('the first reminders', async () => (await reminders()) === 3);
    await sweptSinceNow();
    expect(await reminders()).toBe(3);
    for (const name of ['alpha', 'beta', 'gamma']) {
      const mails = await smtp.waitForMails(`export@${name}.example`, 2, 60_000);
      expect(mails.map((mail) => mail.subject.includes('다시 안내'))).toEqual([false, true]);
    }
    expect(
      (await db().query(`SELECT reminders_sent FROM follow_up_questionnaires WHERE fair_id = $1 ORDER BY id`, [fair.id])).rows.map((row: { reminders_sent: number }) => row.reminders_sent),
    ).toEqual([1, 1, 1]);
  }, 120_000);

  it('takes a company’s answers through its link: stages move, later contracts, a confirmed 가계약 and shipments are recorded with the round, once', async () => {
    const { id, token } = await tokenOf(companies[0]);
    const staff = (companyId: string, status: string) =>
      setup.test.app.inject({
        method: 'POST',
        url: '/v1/contracts',
        headers: bearer(setup.a.staff.token),
        payload: { fairId: fair.id, companyId, buyerCountry: 'VN', status, value: { amount: '30000.00', currency: 'USD' } },
      });
    const provisional = (await staff(companies[0], 'provisional')).json<{ id: string }>().id;
    const othersProvisional = (await staff(companies[1], 'provisional')).json<{ id: string }>().id;
    const shown = (await form(id, token)).json<{ contracts: { id: string; status: string; value: object; shipments: number }[] }>();
    expect(shown.contracts).toEqual([{ id: provisional, status: 'provisional', signedOn: null, buyerOrganisation: null, buyerCountry: 'VN', value: { amount: '30000.00', currency: 'USD' }, shipments: 0 }]);

    // Company A cannot confirm, nor ship under, company B's contract.
    for (const [payload, field] of [
      [{ confirmedContracts: [{ contractId: othersProvisional, signedOn: '2026-11-10' }] }, 'confirmedContracts[0].contractId'],
      [{ laterShipments: [{ contractId: othersProvisional, shippedOn: '2026-11-28', value: { amount: '1.00', currency: 'USD' } }] }, 'laterShipments[0].contractId'],
    ] as const) {
      const refused = await answer(id, token, validAnswer(payload));
      expect({ field, status: refused.statusCode, fields: refused.json<{ errors: { field: string }[] }>().errors.map((e) => e.field) }).toEqual({ field, status: 422, fields: [field] });
    }

    const response = await answer(
      id,
      token,
      validAnswer({
        consultations: [
          { consultationId: consultations.consulted, stage: 'negotiating' },
          { consultationId: consultations.negotiating, stage: 'won' },
        ],
        laterContracts: [
          {
            consultationId: consultations.negotiating,
            signedOn: '2026-11-20',
            value: { amount: '125000.50', currency: 'USD' },
            shipments: [{ shippedOn: '2026-11-25', value: { amount: '50000.25', currency: 'USD' }, note: 'first lot' }],
          },
          { buyerCountry: 'de', status: 'provisional', value: { amount: '20000.00', currency: 'USD' } },
        ],
        confirmedContracts: [{ contractId: provisional, signedOn: '2026-11-10' }],
        laterShipments: [{ contractId: provisional, shippedOn: '2026-11-28', value: { amount: '10000.00', currency: 'USD' } }],
        comment: 'The Shanghai distributor signed in November.',
      }),
    );
    expect(response.statusCode).toBe(200);
    const body = response.json<{ contractIds: string[]; confirmedContractIds: string[]; shipmentIds: string[]; submittedBy: string; contractsExpected: object; consultationStages: object[] }>();
    expect(body.confirmedContractIds).toEqual([provisional]);
    expect(body.shipmentIds).toHaveLength(2);
    const round = await round1();
    const recorded = await db().query<Record<string, unknown>>(
      `SELECT status, signed_on::text, on_site, buyer_country, reported_round_id FROM contracts WHERE id = ANY($1) ORDER BY value_amount`,
      [[...body.contractIds, provisional]],
    );
    expect(recorded.rows).toEqual([
      { status: 'provisional', signed_on: null, on_site: null, buyer_country: 'DE', reported_round_id: round.id },
      { status: 'signed', signed_on: '2026-11-10', on_site: false, buyer_country: 'VN', reported_round_id: round.id },
      { status: 'signed', signed_on: '2026-11-20', on_site: false, buyer_country: 'CN', reported_round_id: round.id },
    ]);
    const shipments = await db().query<Record<string, unknown>>(
      `SELECT contract_id, shipped_on::text, value_amount, value_usd, evidence, created_by, reported_round_id, note FROM shipments WHERE id = ANY($1) ORDER BY shipped_on`,
      [body.shipmentIds],
    );
    expect(shipments.rows).toEqual([
      { contract_id: body.contractIds[0], shipped_on: '2026-11-25', value_amount: '50000.25', value_usd: '50000.25', evidence: 'self_reported', created_by: null, reported_round_id: round.id, note: 'first lot' },
      { contract_id: provisional, shipped_on: '2026-11-28', value_amount: '10000.00', value_usd: '10000.00', evidence: 'self_reported', created_by: null, reported_round_id: round.id, note: null },
    ]);
    // The database itself keeps the round within the agency.
    await expect(db().query('UPDATE shipments SET reported_round_id = $2 WHERE id = $1', [body.shipmentIds[0], randomUUID()])).rejects.toThrow(/shipments_reported_round_fkey/);
    const shipmentEvents = await db().query<{ type: string }>(`SELECT type FROM change_events WHERE record_id = ANY($1)`, [body.shipmentIds]);
    expect(shipmentEvents.rows.map((row) => row.type)).toEqual(['shipment.recorded', 'shipment.recorded']);
    expect((await form(id, token)).json<{ contracts: { id: string; shipments: number }[] }>().contracts.map((c) => c.shipments).sort()).toEqual([0, 1, 1]);
    body.contractIds = body.contractIds.slice(0, 1);
    expect(body.submittedBy).toBe('company');
    expect(body.contractsExpected).toEqual({ count: 2, value: { amount: '98000000.00', currency: 'KRW' } });
    expect(body.consultationStages).toEqual([
      { consultationId: consultations.consulted, from: 'consulted', to: 'negotiating' },
      { consultationId: consultations.negotiating, from: 'negotiating', to: 'won' },
    ]);

    const stages = await db().query<{ id: string; stage: string; version: number }>('SELECT id, stage, version FROM consultations WHERE id = ANY($1) ORDER BY stage', [
      [consultations.consulted, consultations.negotiating],
    ]);
    expect(stages.rows.map((row) => [row.stage, row.version])).toEqual([
      ['negotiating', 2],
      ['won', 2],
    ]);
    const contract = await q1<Record<string, unknown>>(
      'SELECT status, signed_on::text, on_site, value_amount, value_currency, value_usd, consultation_id, created_by FROM contracts WHERE id = $1',
      [body.contractIds[0]],
    );
    expect(contract).toEqual({
      status: 'signed',
      signed_on: '2026-11-20',
      on_site: false,
      value_amount: '125000.50',
      value_currency: 'USD',
      value_usd: '125000.50',
      consultation_id: consultations.negotiating,
      created_by: id,
    });
    const stored = await q1<Record<string, unknown>>(
      'SELECT contracts_signed_amount, contracts_expected_amount, contracts_expected_currency, shipments_amount FROM follow_up_responses WHERE questionnaire_id = $1',
      [id],
    );
    expect(stored).toEqual({ contracts_signed_amount: '125000.50', contracts_expected_amount: '98000000.00', contracts_expected_currency: 'KRW', shipments_amount: null });
    // The writes went through the services: the change feed carries them, audited as the link.
    const events = await db().query<{ type: string }>(
      `SELECT type FROM change_events WHERE record_id = ANY($1) ORDER BY seq`,
      [[consultations.consulted, consultations.negotiating, body.contractIds[0], id]],
    );
    expect(events.rows.map((row) => row.type).sort()).toEqual(['consultation.updated', 'consultation.updated', 'contract.signed', 'followup.response_received']);
    expect(
      await count(`SELECT count(*)::int AS n FROM audit_log WHERE actor_type = 'company_link' AND actor_id = $1 AND entity IN ('consultations', 'contracts', 'follow_up_responses', 'shipments')`, [id]),
    ).toBe(8);
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_link_uses WHERE questionnaire_id = $1 AND action = 'submit' AND outcome = 'ok'`, [id])).toBe(1);

    expect((await answer(id, token, validAnswer())).statusCode).toBe(409);
    const again = (await form(id, token)).json<{ consultations: { id: string }[]; response: { id: string } | null }>();
    expect(again.consultations.map((c) => c.id)).toEqual([consultations.consulted]);
    expect(again.response).not.toBeNull();
  });

  it('stops reminding a company that answered; the others get their second and last reminder', async () => {
    const answered = (await questionnaireOf(companies[0])).id;
    setClock(at(OPENS, 14 * DAY + 4000));
    await waitFor('the second reminders', async () => (await count(`SELECT count(*)::int AS n FROM follow_up_emails WHERE kind = 'reminder' AND dedupe_key LIKE '%:2'`)) === 3);
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_emails WHERE questionnaire_id = $1 AND kind = 'reminder'`, [answered])).toBe(1);
    for (const name of ['beta', 'gamma']) await smtp.waitForMails(`export@${name}.example`, 3, 60_000);
    setClock(at(OPENS, 28 * DAY));
    await sweptSinceNow();
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_emails WHERE kind = 'reminder' AND dedupe_key LIKE '%:3'`)).toBe(0);
    // The mailbox, once every outbox mail is sent: the invitation and each reminder once.
    await outboxSettled();
    const reminded = (name: string) => smtp.mailsTo(`export@${name}.example`).map((mail) => mail.subject.includes('다시 안내'));
    expect(reminded('alpha')).toEqual([false, true]);
    expect(reminded('beta')).toEqual([false, true, true]);
    expect(reminded('gamma')).toEqual([false, true, true]);
  }, 120_000);

  it('refuses a revoked link and an expired one (410); a new link works and the old token is unknown', async () => {
    const { manager } = setup.a;
    const { id, token } = await tokenOf(companies[1]);
    const revoke = await setup.test.app.inject({ method: 'POST', url: `/v1/follow-up-questionnaires/${id}/link/revoke`, headers: bearer(manager.token) });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json<{ linkRevokedAt: string | null }>().linkRevokedAt).not.toBeNull();
    expect((await form(id, token)).statusCode).toBe(410);
    expect((await answer(id, token, validAnswer())).statusCode).toBe(410);

    const renewed = await setup.test.app.inject({ method: 'POST', url: `/v1/follow-up-questionnaires/${id}/link`, headers: bearer(manager.token), payload: { language: 'en' } });
    expect(renewed.statusCode).toBe(200);
    const { url } = renewed.json<{ url: string }>();
    const fresh = url.slice(url.indexOf('#') + 1);
    expect(url).toBe(`http://localhost:3000/app/follow-up/${id}#${fresh}`);
    expect(fresh).toBe(linkToken(LINK_KEY, id, 2));
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_emails WHERE dedupe_key = $1 AND kind = 'invitation'`, [`followup:invitation:${id}:2`])).toBe(1);
    expect((await form(id, token)).statusCode).toBe(404);
    expect((await form(id, fresh)).statusCode).toBe(200);
    // Only the hash rests in the database.
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_questionnaires WHERE token_hash = $1 OR token_hash LIKE '%' || $1 || '%'`, [fresh])).toBe(0);

    await db().query(`UPDATE follow_up_questionnaires SET token_expires_at = $2 WHERE id = $1`, [id, at(OPENS, 28 * DAY - 1000)]);
    const expired = await form(id, fresh);
    expect(expired.statusCode).toBe(410);
    expect(expired.json<{ type: string }>().type).toMatch(/link-expired$/);
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_link_uses WHERE questionnaire_id = $1 AND outcome LIKE 'refused:%'`, [id])).toBe(3);
  });

  it('lets a manager enter the answers on a company’s behalf, audited as the manager', async () => {
    const { manager } = setup.a;
    const { id } = await tokenOf(companies[2]);
    const response = await setup.test.app.inject({
      method: 'POST',
      url: `/v1/follow-up-questionnaires/${id}/response`,
      headers: bearer(manager.token),
      payload: validAnswer({ satisfaction: 3, wouldExhibitAgain: false, shipments: { count: 1, value: { amount: '40000.00', currency: 'USD' } } }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json<{ submittedBy: string }>().submittedBy).toBe('manager');
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'follow_up_responses' AND actor_type = 'user' AND actor_id = $1`, [manager.id])).toBe(1);
  });

  it('reports the survey per round: aggregates for outcomes:read keys, every answer with followups:read', async () => {
    const { a } = setup;
    const url = `/v1/fairs/${fair.id}/outcomes/follow-ups`;
    const asManager = await setup.test.app.inject({ method: 'GET', url, headers: bearer(a.manager.token) });
    expect(asManager.statusCode).toBe(200);
    const results = asManager.json<{ rounds: Record<string, unknown>[]; responses?: object[] }>();
    expect(results.rounds[0]).toEqual(
      expect.objectContaining({
        sequence: 1,
        companies: 3,
        responses: 2,
        responseRate: '0.6667',
        averageSatisfaction: '3.50',
        satisfactionCounts: [0, 0, 1, 1, 0],
        wouldExhibitAgain: 1,
        wouldExhibitAgainShare: '0.5000',
        contractsSigned: { count: 2, values: [{ amount: '250001.00', currency: 'USD' }] },
        contractsExpected: { count: 4, values: [{ amount: '196000000.00', currency: 'KRW' }] },
        shipments: { count: 1, values: [{ amount: '40000.00', currency: 'USD' }] },
      }),
    );
    expect(results.rounds[1]).toEqual(expect.objectContaining({ sequence: 2, companies: 0, responses: 0, responseRate: '0.0000', averageSatisfaction: null }));
    expect(results.responses).toHaveLength(2);

    const aggregatesOnly = await issueKey(setup.test, a.admin.token, ['outcomes:read']);
    const plain = await partner(setup.test, aggregatesOnly.secret).get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.json()).not.toHaveProperty('responses');
    expect(plain.json<{ rounds: unknown[] }>().rounds).toEqual(results.rounds);
    const full = await issueKey(setup.test, a.admin.token, ['outcomes:read', 'followups:read']);
    expect((await partner(setup.test, full.secret).get(url)).json<{ responses: unknown[] }>().responses).toHaveLength(2);
    expect((await partner(setup.test, full.secret).get(`/v1/follow-up-rounds/${(await round1()).id}/questionnaires`)).statusCode).toBe(403);

    // The fair's XLSX report carries the survey as its own sheet, the same aggregates.
    const report = await setup.test.app.inject({ method: 'GET', url: `/v1/fairs/${fair.id}/outcomes/report.xlsx`, headers: bearer(a.manager.token) });
    expect(report.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const survey = book.getWorksheet('후속조사 Follow-up survey');
    expect(survey).toBeDefined();
    const first = (survey as ExcelJS.Worksheet).getRow(2).values as unknown[];
    expect(first.slice(1, 16)).toEqual([1, 3, new Date('2026-11-30T00:00:00Z'), 3, 2, 0.6667, 3.5, 1, 0.5, 2, 'USD 250001.00', 4, 'KRW 196000000.00', 1, 'USD 40000.00']);
  });

  it('keeps an opened round in the schedule (422 naming monthsAfter) and audits an edit', async () => {
    const { manager } = setup.a;
    const url = `/v1/fairs/${fair.id}/follow-up-rounds`;
    const refused = await setup.test.app.inject({ method: 'PUT', url, headers: bearer(manager.token), payload: { monthsAfter: [6, 12] } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ errors: { field: string }[] }>().errors[0].field).toBe('monthsAfter');
    const bad = await setup.test.app.inject({ method: 'PUT', url, headers: bearer(manager.token), payload: { monthsAfter: [3, 0] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0].field).toBe('monthsAfter');

    const edited = await setup.test.app.inject({ method: 'PUT', url, headers: bearer(manager.token), payload: { monthsAfter: [3, 9, 24] } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<{ data: { sequence: number; monthsAfter: number; opensAt: string }[] }>().data.map((r) => [r.sequence, r.monthsAfter, r.opensAt])).toEqual([
      [1, 3, OPENS],
      [2, 9, '2027-05-30T15:00:00.000Z'],
      [3, 24, '2028-08-30T15:00:00.000Z'],
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'follow_up_rounds' AND actor_id = $1`, [manager.id])).toBeGreaterThanOrEqual(3);
  });

  it('answers another agency’s rounds, questionnaires and responses with 404', async () => {
    const { b } = setup;
    const round = (await round1()).id;
    const { id } = await tokenOf(companies[0]);
    const requests: [string, string, object?][] = [
      ['GET', `/v1/fairs/${fair.id}/follow-up-rounds`],
      ['PUT', `/v1/fairs/${fair.id}/follow-up-rounds`, { monthsAfter: [3] }],
      ['GET', `/v1/follow-up-rounds/${round}/questionnaires`],
      ['GET', `/v1/follow-up-questionnaires/${id}/response`],
      ['POST', `/v1/follow-up-questionnaires/${id}/response`, validAnswer()],
      ['POST', `/v1/follow-up-questionnaires/${id}/link`, {}],
      ['POST', `/v1/follow-up-questionnaires/${id}/link/revoke`],
      ['GET', `/v1/fairs/${fair.id}/outcomes/follow-ups`],
    ];
    for (const [method, url, payload] of requests) {
      const response = await setup.test.app.inject({ method: method as 'GET', url, headers: bearer(b.manager.token), ...(payload ? { payload } : {}) });
      expect({ url, method, status: response.statusCode }).toEqual({ url, method, status: 404 });
    }
    const bRound = await q1<{ id: string }>('SELECT id FROM follow_up_rounds WHERE fair_id = $1 AND sequence = 1', [fairB.id]);
    const list = await setup.test.app.inject({ method: 'GET', url: `/v1/follow-up-rounds/${bRound.id}/questionnaires`, headers: bearer(b.manager.token) });
    expect(list.json<{ data: { companyId: string }[] }>().data.map((q) => q.companyId)).toEqual([companyB]);
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_questionnaires WHERE id = $1 AND token_revoked_at IS NULL AND token_generation = 1`, [id])).toBe(1);
  });

  // Last: the app built last in a process authenticates every app's requests (see createAppFor).
  it('limits a link to FOLLOWUP_LINK_RATE_LIMIT requests a window: then 429 problem+json with Retry-After, while another company’s link works', async () => {
    // The API with a limit of 3, on this database, counting in a Redis prefix of its own.
    const limited = await createAppFor(setup.test.databaseUrl, { ...ENV, FOLLOWUP_LINK_RATE_LIMIT: '3' });
    try {
      const request = (method: 'GET' | 'POST', id: string, token: string) =>
        limited.app.inject({
          method,
          url: method === 'GET' ? `/v1/follow-up/questionnaires/${id}` : `/v1/follow-up/questionnaires/${id}/response`,
          headers: { 'x-follow-up-token': token },
          ...(method === 'POST' ? { payload: validAnswer() } : {}),
        });
      const a = await tokenOf(companies[0]);
      const other = await tokenOf(companies[2]);
      const uses = () => count('SELECT count(*)::int AS n FROM follow_up_link_uses WHERE questionnaire_id = $1', [a.id]);
      const before = await uses();

      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await request('GET', a.id, a.token)).statusCode);
      expect(statuses).toEqual([200, 200, 200]);
      for (const method of ['GET', 'POST'] as const) {
        const refused = await request(method, a.id, a.token);
        expect({ method, status: refused.statusCode }).toEqual({ method, status: 429 });
        expect(refused.headers['content-type']).toContain('application/problem+json');
        expect(refused.json<{ status: number; type: string }>()).toMatchObject({ status: 429, type: expect.stringMatching(/too-many-requests$/) });
        const retryAfter = Number(refused.headers['retry-after']);
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(60);
      }
      // Refused before the link is even looked up: three uses logged, not five.
      expect((await uses()) - before).toBe(3);
      // Counted per link: another company's, on the same round, is served.
      const served = await request('GET', other.id, other.token);
      expect(served.statusCode).toBe(200);
      expect(served.json<{ companyName: string }>().companyName).toBe('Gamma Diagnostics');
    } finally {
      await limited.close();
    }
  });
});
