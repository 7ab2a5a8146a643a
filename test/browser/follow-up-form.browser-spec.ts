import { randomBytes } from 'node:crypto';
import { expect, jest } from '@jest/globals';
import { linkToken, tokenHash } from '../../src/followups/link-tokens.js';
import { apiCall, apiToken, LAPTOP, newPage, startBrowserEnv, type BrowserEnv } from '../support/browser.js';
import { insertCompany, insertParticipation } from '../support/records.js';

jest.setTimeout(60_000);

const LINK_KEY = randomBytes(32);

/**
 * A company answers its follow-up round in the browser, from the emailed link, with no account:
 * a stage moves, its provisional contract (가계약) is now signed and shipped, and a new contract
 * is reported; a mistake is named beside its field and records nothing.
 */
describe('follow-up form (browser)', () => {
  let env: BrowserEnv;
  let questionnaireId: string;
  let token: string;
  let roundId: string;
  let consultationId: string;
  let provisionalId: string;
  let fairId: string;

  beforeAll(async () => {
    env = await startBrowserEnv({ FOLLOWUP_LINK_SECRET_KEY: LINK_KEY.toString('base64') });
    const { db } = env.store;
    const agencyId = env.demo.agencyId;
    // The fair and its round in one statement, so the worker's sweep never sees the fair without a schedule.
    const { rows } = await db.query<{ fair_id: string; round_id: string }>(
      `WITH f AS (
         INSERT INTO fairs (agency_id, series, name, year, city, country, venue, starts_on, ends_on, timezone, version)
         VALUES ($1, 'medica', 'MEDICA 2026', 2026, 'Düsseldorf', 'DE', 'Messe Düsseldorf', '2026-11-16', '2026-11-19', 'Europe/Berlin', 1) RETURNING id),
       r AS (
         INSERT INTO follow_up_rounds (agency_id, fair_id, sequence, months_after, opens_at, opened_at)
         SELECT $1, f.id, 1, 3, now(), now() FROM f RETURNING id, fair_id)
       SELECT fair_id, id AS round_id FROM r`,
      [agencyId],
    );
    fairId = rows[0].fair_id;
    roundId = rows[0].round_id;
    const companyId = await insertCompany(env.store, agencyId, 'Hanul Medical');
    await insertParticipation(env.store, agencyId, fairId, companyId);
    const staff = await db.query<{ id: string }>(`SELECT id FROM users WHERE agency_id = $1 AND role = 'staff' LIMIT 1`, [agencyId]);
    consultationId = (
      await db.query<{ id: string }>(
        `INSERT INTO consultations (agency_id, version, fair_id, company_id, buyer_country, occurred_at, local_date, type, estimated_amount,
                                    estimated_currency, estimated_usd, stage, logged_by)
         VALUES ($1, 1, $2, $3, 'FR', '2026-11-17T10:00:00Z', '2026-11-17', 'booth', '80000.00', 'USD', '80000.00', 'negotiating', $4) RETURNING id`,
        [agencyId, fairId, companyId, staff.rows[0].id],
      )
    ).rows[0].id;
    const contract = await apiCall<{ id: string }>(env, await apiToken(env, 'staff'), 'POST', '/v1/contracts', {
      fairId,
      companyId,
      buyerCountry: 'VN',
      status: 'provisional',
      value: { amount: '30000.00', currency: 'USD' },
    });
    provisionalId = contract.id;
    questionnaireId = (
      await db.query<{ id: string }>(
        `INSERT INTO follow_up_questionnaires (agency_id, fair_id, round_id, company_id, language, token_generation, token_hash, token_expires_at)
         VALUES ($1, $2, $3, $4, 'en', 1, 'pending', now() + interval '30 days') RETURNING id`,
        [agencyId, fairId, roundId, companyId],
      )
    ).rows[0].id;
    token = linkToken(LINK_KEY, questionnaireId, 1);
    await db.query(`UPDATE follow_up_questionnaires SET token_hash = $2 WHERE id = $1`, [questionnaireId, tokenHash(token)]);
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  });

  it('takes the answers from the link: a stage, a 가계약 now signed and shipped, a new contract; a mistake is named and records nothing', async () => {
    const { context, page } = await newPage(env, LAPTOP);
    try {
      await page.goto(`${env.appUrl}follow-up/${questionnaireId}#${token}`);
      await page.getByRole('heading', { name: 'After the fair: how did it go?' }).waitFor();
      // The token left the address bar once read.
      expect(new URL(page.url()).hash).toBe('');

      const consultation = page.getByRole('combobox', { name: /· FR ·/ });
      await consultation.selectOption('won');

      const provisional = page.locator(`[data-contract="${provisionalId}"]`);
      await expect(provisional.textContent()).resolves.toMatch(/\$30,000\.00.*provisional/);
      await provisional.getByLabel('Now signed').check();
      await provisional.getByLabel('Signed on').fill('2026-12-01');
      await provisional.getByLabel('Shipment made: shipped on').fill('2026-12-03');
      await provisional.getByLabel('Shipment made: value').fill('12,000.50');

      await page.getByRole('button', { name: 'Add a contract' }).click();
      const later = page.locator('[data-later="0"]');
      await later.getByLabel('Signed on').fill('2026-11-28');
      await later.getByLabel('Contract value').fill('20000');

      await page.getByLabel('How satisfied were you with the pavilion?').selectOption('5');
      await page.getByLabel('Would you exhibit with the pavilion again?').selectOption('yes');

      // No buyer country for a contract from "another buyer": named beside the field, nothing recorded.
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await later.locator('.field-error').filter({ hasText: 'is required without consultationId' }).waitFor();
      const contractsNow = async () => (await env.store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM contracts WHERE fair_id = $1`, [fairId])).rows[0].n;
      expect(await contractsNow()).toBe(1);

      await later.getByLabel("Buyer's country (two letters, e.g. CN)").fill('de');
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByRole('status').filter({ hasText: 'Thank you: your answers are recorded.' }).waitFor();
    } finally {
      await context.close();
    }

    const { db } = env.store;
    const contracts = await db.query<Record<string, unknown>>(
      `SELECT status, signed_on::text, buyer_country, value_amount, reported_round_id FROM contracts WHERE fair_id = $1 ORDER BY value_amount`,
      [fairId],
    );
    expect(contracts.rows).toEqual([
      { status: 'signed', signed_on: '2026-11-28', buyer_country: 'DE', value_amount: '20000.00', reported_round_id: roundId },
      { status: 'signed', signed_on: '2026-12-01', buyer_country: 'VN', value_amount: '30000.00', reported_round_id: roundId },
    ]);
    const shipments = await db.query<Record<string, unknown>>(`SELECT contract_id, shipped_on::text, value_amount, evidence FROM shipments WHERE fair_id = $1`, [fairId]);
    expect(shipments.rows).toEqual([{ contract_id: provisionalId, shipped_on: '2026-12-03', value_amount: '12000.50', evidence: 'self_reported' }]);
    const stage = await db.query<{ stage: string }>(`SELECT stage FROM consultations WHERE id = $1`, [consultationId]);
    expect(stage.rows[0].stage).toBe('won');
    const response = await db.query<{ satisfaction: number; would_exhibit_again: boolean; submitted_by: string }>(
      `SELECT satisfaction, would_exhibit_again, submitted_by FROM follow_up_responses WHERE questionnaire_id = $1`,
      [questionnaireId],
    );
    expect(response.rows).toEqual([{ satisfaction: 5, would_exhibit_again: true, submitted_by: 'company' }]);
  });

  it('tells a company whose link is unknown to use the latest one, without showing any record', async () => {
    const { context, page } = await newPage(env);
    try {
      await page.goto(`${env.appUrl}follow-up/${questionnaireId}#pvf_${'A'.repeat(43)}`);
      await page.getByRole('alert').filter({ hasText: 'This link is not valid' }).waitFor();
      await expect(page.getByText('Hanul Medical').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});
