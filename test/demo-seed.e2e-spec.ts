import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../src/cli/cli.module.js';
import { convertToUsd } from '../src/common/money.js';
import { SweepFollowUpsJob } from '../src/followups/jobs/sweep-follow-ups.job.js';
import { DEMO_FOLLOW_UPS } from '../src/seed/demo-follow-ups.js';
import { DEMO_FAIR_PLANS } from '../src/seed/demo-plan.js';
import { INVENTED } from '../src/seed/demo-survey.js';
import { DEMO_PASSWORD, DEMO_USERS, DemoSeedService, type DemoSeedResult } from '../src/seed/demo-seed.service.js';
import { PUBLISHED_FAIRS, type PublishedFair } from '../src/seed/published-fairs.js';
import { bearer, login, startTestApp, type TestApp } from './support/test-app.js';
import { startWorker } from './support/worker.js';

interface Totals {
  companies: number;
  consultations: number;
  consultationsUsd: string | null;
  signed: number;
  signedUsd: string | null;
  expected: number;
  expectedUsd: string | null;
}

/** The published figures, and the seed's own choice where the source gave none. */
function publishedTotals(fair: PublishedFair): Totals {
  const plan = DEMO_FAIR_PLANS.find((candidate) => candidate.fair.series === fair.series);
  if (!plan) throw new Error(`no plan for ${fair.name}`);
  const planned = (status: string) => plan.contracts.find((group) => group.status === status);
  const { outcome } = fair;
  return {
    companies: outcome.companies ?? plan.companies,
    consultations: outcome.consultations?.count ?? plan.consultations.count,
    consultationsUsd: outcome.consultations?.valueUsd ?? null,
    signed: outcome.contractsSigned?.count ?? planned('signed')?.count ?? 0,
    signedUsd: outcome.contractsSigned?.valueUsd ?? null,
    expected: outcome.contractsExpected?.count ?? planned('expected')?.count ?? 0,
    expectedUsd: outcome.contractsExpected?.valueUsd ?? null,
  };
}

/** Every table the seed writes to: a second run must leave each count as it was. */
const TABLES = [
  'agencies', 'users', 'companies', 'buyers', 'fairs',
  'participations', 'consultations', 'contracts', 'shipments', 'exchange_rates', 'outcome_changes', 'change_events',
  'follow_up_rounds', 'follow_up_questionnaires', 'follow_up_responses', 'follow_up_emails', 'mail_messages',
];

interface SurveyRound {
  monthsAfter: number;
  opensAt: string;
  openedAt: string | null;
  companies: number;
  responses: number;
  responseRate: string;
  averageSatisfaction: string | null;
  satisfactionCounts: number[];
  wouldExhibitAgainShare: string | null;
}

describe('demo seed', () => {
  let test: TestApp;
  let cli: INestApplicationContext;
  let first: DemoSeedResult;

  const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T> => (await test.db.query(sql, parameters)).rows[0] as T;
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [table, (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n]),
      ),
    );

  beforeAll(async () => {
    test = await startTestApp(); // its own database; DATABASE_URL is now in process.env for the CLI context too
    cli = await NestFactory.createApplicationContext(CliModule, { logger: false });
    first = await cli.get(DemoSeedService).run();
  });
  afterAll(async () => {
    await cli?.close();
    await test?.close();
  });

  it('reports each fair it created', () => {
    expect(first.created).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^fair Arab Health 2017: 9 companies, 450 consultations, 198 contracts/),
        expect.stringMatching(/^fair KIMES 2017: 41 companies, 5000 consultations, 64 contracts/),
        expect.stringMatching(/^fair CMEF 2017: 7 companies, 360 consultations, 38 contracts/),
      ]),
    );
  });

  // The published figures are what was reported at the fair: signed on site. What was signed later is invented (below).
  it.each(PUBLISHED_FAIRS.map((fair) => [fair.name, fair] as const))('%s adds up exactly to the published figures', async (_name, fair) => {
    const totals = await one<Totals>(
      `SELECT (SELECT count(DISTINCT company_id)::int FROM participations WHERE fair_id = f.id AND deleted_at IS NULL) AS companies,
              c.n AS consultations, c.usd AS "consultationsUsd",
              k.signed, k.signed_usd AS "signedUsd", k.expected, k.expected_usd AS "expectedUsd"
         FROM fairs f
        CROSS JOIN LATERAL (SELECT count(*)::int AS n, sum(estimated_usd)::text AS usd
                              FROM consultations WHERE fair_id = f.id AND deleted_at IS NULL) c
        CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE status = 'signed' AND on_site)::int AS signed,
                                   (sum(value_usd) FILTER (WHERE status = 'signed' AND on_site))::text AS signed_usd,
                                   count(*) FILTER (WHERE status = 'expected')::int AS expected,
                                   (sum(value_usd) FILTER (WHERE status = 'expected'))::text AS expected_usd
                              FROM contracts WHERE fair_id = f.id AND deleted_at IS NULL) k
        WHERE f.series = $1 AND f.year = $2 AND f.deleted_at IS NULL`,
      [fair.series, fair.year],
    );
    expect(totals).toEqual(publishedTotals(fair));
    const stored = await one<Record<string, unknown>>(
      `SELECT name, city, country, venue, timezone, starts_on::text AS "startsOn", ends_on::text AS "endsOn",
              (SELECT count(*)::int FROM outcome_changes o WHERE o.fair_id = f.id) AS "staleMarks"
         FROM fairs f WHERE series = $1 AND year = $2`,
      [fair.series, fair.year],
    );
    const { name, city, country, venue, timezone, startsOn, endsOn } = fair;
    expect(stored).toEqual({ name, city, country, venue, timezone, startsOn, endsOn, staleMarks: 1 });
  });

  it('stores every foreign amount with the USD value and rate the API would have frozen', async () => {
    const { rows } = await test.db.query<{ currency: string; amount: string; usd: string; rate: string | null; effective: string | null }>(
      `SELECT c.estimated_currency AS currency, c.estimated_amount::text AS amount, c.estimated_usd::text AS usd,
              c.rate_units_per_usd::text || ' ' || c.rate_date AS rate, r.units_per_usd::text || ' ' || r.rate_date AS effective
         FROM consultations c
         LEFT JOIN LATERAL (SELECT units_per_usd, rate_date FROM exchange_rates
                             WHERE agency_id = c.agency_id AND currency = c.estimated_currency AND rate_date <= c.local_date
                             ORDER BY rate_date DESC LIMIT 1) r ON true
        WHERE c.estimated_amount IS NOT NULL
       UNION ALL
       SELECT k.value_currency, k.value_amount::text, k.value_usd::text, k.rate_units_per_usd::text || ' ' || k.rate_date,
              r.units_per_usd::text || ' ' || r.rate_date
         FROM contracts k JOIN fairs f ON f.id = k.fair_id
         LEFT JOIN LATERAL (SELECT units_per_usd, rate_date FROM exchange_rates
                             WHERE agency_id = k.agency_id AND currency = k.value_currency AND rate_date <= coalesce(k.signed_on, f.starts_on)
                             ORDER BY rate_date DESC LIMIT 1) r ON true`,
    );
    const foreign = rows.filter((row) => row.currency !== 'USD');
    expect(new Set(foreign.map((row) => row.currency))).toEqual(new Set(['KRW', 'CNY']));
    for (const row of foreign) {
      expect(row.rate).toBe(row.effective);
      expect(convertToUsd(row.amount, (row.rate ?? '').split(' ')[0])).toBe(row.usd);
    }
    for (const row of rows.filter((row) => row.currency === 'USD')) {
      expect([row.amount, row.rate]).toEqual([row.usd, null]);
    }
  });

  it('dates every record within its fair, in the fair’s time zone and opening hours', async () => {
    const violations = await one<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM consultations c JOIN fairs f ON f.id = c.fair_id
                WHERE c.local_date NOT BETWEEN f.starts_on AND f.ends_on
                   OR c.local_date <> (c.occurred_at AT TIME ZONE f.timezone)::date
                   OR (c.occurred_at AT TIME ZONE f.timezone)::time NOT BETWEEN '10:00' AND '18:00') AS consultations,
              (SELECT count(*)::int FROM contracts k JOIN fairs f ON f.id = k.fair_id
                WHERE (k.status = 'signed' AND k.signed_on IS NULL) OR (k.status = 'expected' AND k.signed_on IS NOT NULL)
                   OR k.signed_on < f.starts_on
                   OR k.on_site IS DISTINCT FROM (k.signed_on BETWEEN f.starts_on AND f.ends_on)) AS contracts`,
    );
    expect(violations).toEqual({ consultations: 0, contracts: 0 });
  });

  it.each(PUBLISHED_FAIRS.map((fair) => [fair.name, fair] as const))('%s gets its invented follow-ups: later signings, provisional contracts, shipments', async (_name, fair) => {
    const plan = DEMO_FOLLOW_UPS[fair.series];
    const facts = await one<Record<string, unknown>>(
      `SELECT count(*) FILTER (WHERE k.status = 'signed' AND NOT k.on_site)::int AS "laterCount",
              coalesce(sum(k.value_usd) FILTER (WHERE k.status = 'signed' AND NOT k.on_site), 0)::numeric(24,2)::text AS "laterUsd",
              count(*) FILTER (WHERE k.status = 'provisional')::int AS "provisionalCount",
              coalesce(sum(k.value_usd) FILTER (WHERE k.status = 'provisional'), 0)::numeric(24,2)::text AS "provisionalUsd",
              (SELECT count(DISTINCT s.contract_id)::int FROM shipments s WHERE s.fair_id = f.id) AS "shippedContracts",
              (SELECT count(*)::int FROM shipments s JOIN contracts c ON c.id = s.contract_id
                WHERE s.fair_id = f.id AND (s.shipped_on <= c.signed_on OR c.status <> 'signed' OR s.value_usd <= 0)) AS "oddShipments",
              (SELECT count(*)::int FROM (SELECT s.contract_id FROM shipments s JOIN contracts c ON c.id = s.contract_id WHERE s.fair_id = f.id
                                           GROUP BY s.contract_id, c.value_usd HAVING sum(s.value_usd) > c.value_usd) x) AS "overShipped"
         FROM fairs f JOIN contracts k ON k.fair_id = f.id AND k.deleted_at IS NULL
        WHERE f.series = $1 AND f.year = $2
        GROUP BY f.id`,
      [fair.series, fair.year],
    );
    expect(facts).toEqual({
      laterCount: plan.laterSigned.count,
      laterUsd: plan.laterSigned.valueUsd,
      provisionalCount: plan.provisional.count,
      provisionalUsd: plan.provisional.valueUsd,
      shippedContracts: plan.shipped,
      oddShipments: 0,
      overShipped: 0,
    });
    // Shipments are valued as the API values them: at the latest rate on or before the shipping day.
    const { rows } = await test.db.query<{ amount: string; usd: string; rate: string | null; effective: string | null }>(
      `SELECT s.value_amount::text AS amount, s.value_usd::text AS usd, s.rate_units_per_usd::text AS rate, r.units_per_usd::text AS effective
         FROM shipments s JOIN fairs f ON f.id = s.fair_id
         LEFT JOIN LATERAL (SELECT units_per_usd FROM exchange_rates
                             WHERE agency_id = s.agency_id AND currency = s.value_currency AND rate_date <= s.shipped_on
                             ORDER BY rate_date DESC LIMIT 1) r ON true
        WHERE f.series = $1 AND f.year = $2`,
      [fair.series, fair.year],
    );
    expect(rows.length).toBeGreaterThanOrEqual(plan.shipped);
    for (const row of rows) {
      if (row.rate === null) expect(row.amount).toBe(row.usd);
      else expect([row.rate, convertToUsd(row.amount, row.rate)]).toEqual([row.effective, row.usd]);
    }
  });

  it('links buyers, companies and consultations consistently', async () => {
    const facts = await one<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM consultations c JOIN buyers b ON b.id = c.buyer_id WHERE b.country <> c.buyer_country)
            + (SELECT count(*)::int FROM contracts k JOIN buyers b ON b.id = k.buyer_id WHERE b.country <> k.buyer_country) AS "countryMismatches",
              (SELECT count(*)::int FROM (SELECT fair_id, company_id FROM consultations UNION ALL SELECT fair_id, company_id FROM contracts) r
                WHERE NOT EXISTS (SELECT 1 FROM participations p
                                   WHERE p.fair_id = r.fair_id AND p.company_id = r.company_id AND p.deleted_at IS NULL)) AS "notExhibiting",
              (SELECT count(*)::int FROM contracts k JOIN consultations c ON c.id = k.consultation_id
                WHERE c.fair_id <> k.fair_id OR c.company_id <> k.company_id) AS "foreignSources",
              (SELECT count(*)::int FROM consultations c JOIN users u ON u.id = c.logged_by WHERE u.email <> 'staff@wonju.demo') AS "loggedByOthers",
              (SELECT count(*)::int FROM consultations WHERE buyer_id IS NULL) AS "consultationsCountryOnly",
              (SELECT count(*)::int FROM consultations WHERE buyer_id IS NOT NULL) AS "consultationsWithBuyer",
              (SELECT count(*)::int FROM contracts WHERE consultation_id IS NOT NULL) AS "contractsFromConsultations"`,
    );
    expect(facts).toMatchObject({ countryMismatches: 0, notExhibiting: 0, foreignSources: 0, loggedByOthers: 0 });
    expect(facts.consultationsCountryOnly).toBeGreaterThan(0);
    expect(facts.consultationsWithBuyer).toBeGreaterThan(0);
    expect(facts.contractsFromConsultations).toBeGreaterThan(0);
  });

  it.each(PUBLISHED_FAIRS.map((fair) => [fair.name, fair] as const))(
    '%s gets its invented follow-up survey: three past rounds, opened, answered by most companies',
    async (_name, fair) => {
      const { id } = await one<{ id: string }>('SELECT id FROM fairs WHERE series = $1 AND year = $2', [fair.series, fair.year]);
      const manager = await login(test, 'manager@wonju.demo', DEMO_PASSWORD);
      const response = await test.app.inject({ method: 'GET', url: `/v1/fairs/${id}/outcomes/follow-ups`, headers: bearer(manager) });
      expect(response.statusCode).toBe(200);
      const { rounds, responses } = response.json<{ rounds: SurveyRound[]; responses: { submittedBy: string; comment: string }[] }>();
      const companies = publishedTotals(fair).companies;
      expect(rounds.map((round) => [round.monthsAfter, round.openedAt, round.companies])).toEqual(
        rounds.map((round, index) => [[3, 6, 12][index], round.opensAt, companies]),
      );
      expect(rounds.every((round) => new Date(round.opensAt) < new Date('2019-01-01'))).toBe(true);
      // A realistic shape: answers falling from about 80 % to about 55 %, mostly satisfied, mostly coming again.
      const rates = rounds.map((round) => Number(round.responseRate));
      expect(rates[0]).toBeGreaterThanOrEqual(0.75);
      expect(rates[0]).toBeLessThanOrEqual(0.9);
      expect(rates[2]).toBeGreaterThanOrEqual(0.5);
      expect(rates[2]).toBeLessThanOrEqual(0.6);
      expect([...rates].sort((x, y) => y - x)).toEqual(rates);
      for (const round of rounds) {
        expect(round.responses).toBe(round.satisfactionCounts.reduce((sum, n) => sum + n, 0));
        expect(round.satisfactionCounts[3] + round.satisfactionCounts[4]).toBeGreaterThanOrEqual(round.responses / 2);
        expect(Number(round.averageSatisfaction)).toBeGreaterThanOrEqual(3.5);
        expect(Number(round.wouldExhibitAgainShare)).toBeGreaterThan(0.5);
      }
      expect(responses).toHaveLength(rounds.reduce((sum, round) => sum + round.responses, 0));
      expect(responses.every((answer) => answer.submittedBy === 'manager' && answer.comment.endsWith(INVENTED))).toBe(true);
    },
  );

  it('reports in each answer what the seeded contracts and shipments say on the day it was given', async () => {
    const facts = await one<Record<string, number>>(
      `WITH answers AS (
         SELECT s.*, f.ends_on, (s.submitted_at AT TIME ZONE f.timezone)::date AS day, r.opened_at, q.responded_at, q.invited_at
           FROM follow_up_responses s JOIN fairs f ON f.id = s.fair_id
           JOIN follow_up_rounds r ON r.id = s.round_id JOIN follow_up_questionnaires q ON q.id = s.questionnaire_id),
       truth AS (
         SELECT a.id,
                (SELECT count(*) FROM contracts k WHERE k.fair_id = a.fair_id AND k.company_id = a.company_id AND k.status = 'signed'
                    AND k.signed_on > a.ends_on AND k.signed_on <= a.day) AS signed,
                (SELECT sum(value_usd) FROM contracts k WHERE k.fair_id = a.fair_id AND k.company_id = a.company_id AND k.status = 'signed'
                    AND k.signed_on > a.ends_on AND k.signed_on <= a.day) AS signed_usd,
                (SELECT count(*) FROM contracts k WHERE k.fair_id = a.fair_id AND k.company_id = a.company_id
                    AND (k.status = 'expected' OR (k.status = 'provisional' AND k.signed_on <= a.day))) AS expected,
                (SELECT sum(value_usd) FROM contracts k WHERE k.fair_id = a.fair_id AND k.company_id = a.company_id
                    AND (k.status = 'expected' OR (k.status = 'provisional' AND k.signed_on <= a.day))) AS expected_usd,
                (SELECT count(*) FROM shipments x JOIN contracts k ON k.id = x.contract_id
                  WHERE x.fair_id = a.fair_id AND k.company_id = a.company_id AND x.shipped_on <= a.day) AS shipped,
                (SELECT sum(x.value_usd) FROM shipments x JOIN contracts k ON k.id = x.contract_id
                  WHERE x.fair_id = a.fair_id AND k.company_id = a.company_id AND x.shipped_on <= a.day) AS shipped_usd
           FROM answers a)
       SELECT count(*)::int AS answers,
              count(*) FILTER (WHERE a.contracts_signed_count <> t.signed OR a.contracts_expected_count <> t.expected OR a.shipments_count <> t.shipped)::int AS "countsOff",
              count(*) FILTER (WHERE coalesce(a.contracts_signed_amount <> t.signed_usd, false) OR coalesce(a.contracts_expected_amount <> t.expected_usd, false)
                                  OR coalesce(a.shipments_amount <> t.shipped_usd, false)
                                  OR coalesce(a.contracts_signed_currency, 'USD') <> 'USD' OR coalesce(a.contracts_expected_currency, 'USD') <> 'USD'
                                  OR coalesce(a.shipments_currency, 'USD') <> 'USD')::int AS "valuesOff",
              count(*) FILTER (WHERE a.contracts_signed_count > 0)::int AS "reportingSigned",
              count(*) FILTER (WHERE a.shipments_count > 0)::int AS "reportingShipments",
              count(*) FILTER (WHERE a.submitted_at <= a.opened_at OR a.responded_at <> a.submitted_at OR a.invited_at IS NOT NULL
                                  OR a.submitted_at > now())::int AS "oddTimes"
         FROM answers a JOIN truth t ON t.id = a.id`,
    );
    expect(facts).toEqual({ answers: expect.any(Number), countsOff: 0, valuesOff: 0, reportingSigned: expect.any(Number), reportingShipments: expect.any(Number), oddTimes: 0 });
    expect(facts.answers).toBeGreaterThan(0);
    expect(facts.reportingSigned).toBeGreaterThan(0);
    expect(facts.reportingShipments).toBeGreaterThan(0);
  });

  it('creates nothing when run again, and the demo users still sign in', async () => {
    const before = await counts();
    const second = await cli.get(DemoSeedService).run();
    expect(second.created).toEqual([]);
    expect(await counts()).toEqual(before);
    for (const user of DEMO_USERS) await expect(login(test, user.email, DEMO_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  // Last: the worker it starts computes outcomes (and clears the stale marks the tests above count).
  it('sends no email, now or when the worker sweeps the long-past rounds later', async () => {
    const mailState = () =>
      one<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM follow_up_emails) AS "followUpEmails", (SELECT count(*)::int FROM mail_messages) AS mails,
                (SELECT count(*)::int FROM follow_up_questionnaires WHERE invited_at IS NOT NULL OR reminders_sent > 0) AS invited,
                (SELECT count(*)::int FROM follow_up_rounds WHERE opened_at IS NULL OR opened_at <> opens_at) AS "roundsNotOpenedOnTheirDay"`,
      );
    expect(await mailState()).toEqual({ followUpEmails: 0, mails: 0, invited: 0, roundsNotOpenedOnTheirDay: 0 });
    const worker = await startWorker();
    try {
      // The sweep the worker runs on its schedule, run here once more to read what it did.
      expect(await worker.get(SweepFollowUpsJob).handle()).toEqual({ scheduled: 0, opened: 0, reminders: 0, mails: 0 });
    } finally {
      await worker.close();
    }
    expect(await mailState()).toEqual({ followUpEmails: 0, mails: 0, invited: 0, roundsNotOpenedOnTheirDay: 0 });
  });
});
