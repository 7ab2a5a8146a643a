import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { loadEnv } from '../../src/config/env.js';
import { linkToken, tokenHash } from '../../src/followups/link-tokens.js';
import { client, type Client } from './http.js';
import { multipart } from './uploads.js';
import { insertExhibitor, insertFair, type FairRow } from './records.js';
import { bearer, TEST_PASSWORD, type SeededAgency, type TestApp } from './test-app.js';

/**
 * Valid requests for every route of the app, to drive the access matrix, the mass-assignment check
 * and the fuzzer. `fresh` asks for objects of their own (the request is expected to change or delete
 * them); otherwise the shared ones are used. A route missing here fails the matrix: add a row.
 */
export interface Filled {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
  /** A body that is not JSON (a multipart upload), with its content type. */
  raw?: { payload: Buffer; headers: Record<string, string> };
}

export interface RouteCase {
  /** The status a principal allowed to call the route gets. */
  ok: number;
  fill?: (fx: Fixtures, fresh: boolean) => Filled | Promise<Filled>;
  /** What admin B gets for a body naming A's records on a route without path ids (default: ok). */
  crossAgency?: number;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

/** Agency A's records the matrix reads, and makers of fresh ones for requests that change them. */
export class Fixtures {
  readonly api: Client;
  fair!: FairRow;
  companyId!: string;
  buyerId!: string;
  consultationId!: string;
  contractId!: string;
  signedContractId!: string;
  shipmentId!: string;
  rateId!: string;
  keyId!: string;
  sessionId!: string;
  interpreterId!: string;
  meetingId!: string;
  runId!: string;
  importId!: string;
  webhookId!: string;
  deliveryId!: string;
  invitationId!: string;
  roundId!: string;
  questionnaireId!: string;
  answeredQuestionnaireId!: string;

  constructor(
    readonly test: TestApp,
    readonly a: SeededAgency,
  ) {
    this.api = client(test, a.admin.token);
  }

  async init(): Promise<this> {
    this.fair = await insertFair(this.test, this.a.id, { series: 'cmef', name: 'CMEF 2017', year: 2017 });
    this.companyId = await insertExhibitor(this.test, this.a.id, this.fair.id);
    this.buyerId = await this.freshBuyer();
    this.consultationId = await this.freshConsultation();
    this.contractId = await this.freshContract();
    this.signedContractId = await this.created('/v1/contracts', { ...this.contractBody(), status: 'signed', signedOn: '2017-05-16' });
    this.shipmentId = await this.freshShipment();
    const document = this.document();
    const attached = await this.test.app.inject({
      method: 'POST', url: `/v1/shipments/${this.shipmentId}/document`, headers: { ...bearer(this.a.admin.token), ...document.headers }, payload: document.payload,
    });
    if (attached.statusCode !== 200) throw new Error(`shipment document: ${attached.statusCode} ${attached.body}`);
    this.rateId = await this.freshRate();
    this.keyId = await this.freshKey();
    await this.created('/v1/categories', { slug: 'dental', name: 'Dental' }, 'slug');
    this.sessionId = await this.created(`/v1/fairs/${this.fair.id}/meeting-sessions`, SESSION);
    this.interpreterId = await this.freshInterpreter();
    this.meetingId = await this.freshMeeting();
    this.runId = await this.created(`/v1/fairs/${this.fair.id}/meetings/schedule`, {}, 'id', 202);
    const upload = this.upload();
    const imported = await this.test.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...bearer(this.a.admin.token), ...upload.headers }, payload: upload.payload });
    if (imported.statusCode !== 201) throw new Error(`/v1/imports: ${imported.statusCode} ${imported.body}`);
    this.importId = imported.json<{ id: string }>().id;
    this.webhookId = await this.freshWebhook();
    this.deliveryId = await this.freshDelivery();
    this.invitationId = await this.freshInvitation();
    // An opened follow-up round (as the worker would open it) with questionnaires, one answered.
    const round = await this.test.db.query<{ id: string }>(
      `INSERT INTO follow_up_rounds (agency_id, fair_id, sequence, months_after, opens_at, opened_at)
       VALUES ($1, $2, 1, 3, '2017-08-18T16:00:00Z', '2017-08-18T16:00:01Z') RETURNING id`,
      [this.a.id, this.fair.id],
    );
    this.roundId = round.rows[0].id;
    this.questionnaireId = await this.freshQuestionnaire(this.companyId);
    this.answeredQuestionnaireId = await this.freshQuestionnaire();
    await this.created(`/v1/follow-up-questionnaires/${this.answeredQuestionnaireId}/response`, followUpAnswer());
    return this;
  }

  private async created(url: string, body: Record<string, unknown>, key = 'id', status = 201): Promise<string> {
    const response = await this.api.post(url, body);
    if (response.statusCode !== status) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<Record<string, string>>()[key];
  }

  freshFair = () => this.created('/v1/fairs', fairBody());
  freshInvitation = () => this.created('/v1/invitations', { email: `invited.${unique()}@matrix.test`, role: 'staff', language: 'en' });
  /** The token of a pending invitation to A, made in SQL (the mail that carries it needs a worker). */
  freshInvitationToken = async (): Promise<string> => {
    const token = randomBytes(32).toString('base64url');
    await this.test.db.query(
      `INSERT INTO invitations (agency_id, email, role, language, token_hash, invited_by, expires_at)
       VALUES ($1, $2, 'staff', 'en', $3, $4, now() + interval '1 hour')`,
      [this.a.id, `accepted.${unique()}@matrix.test`, createHash('sha256').update(token).digest('hex'), this.a.admin.id],
    );
    return token;
  };
  /** The token of a live password reset of a fresh user of A, made in SQL. */
  freshResetToken = async (): Promise<string> => {
    const token = randomBytes(32).toString('base64url');
    await this.test.db.query(
      `INSERT INTO password_resets (agency_id, user_id, token_hash, password_fingerprint, expires_at)
       SELECT agency_id, id, $2, encode(sha256(convert_to(password_hash, 'UTF8')), 'hex'), now() + interval '1 hour' FROM users WHERE id = $1`,
      [await this.freshUser(), createHash('sha256').update(token).digest('hex')],
    );
    return token;
  };
  /** A live refresh token of A's staff member, made in SQL: a sign-in would write (and audit) last_login_at. */
  freshRefreshToken = async (): Promise<string> => {
    const secret = randomBytes(32).toString('base64url');
    await this.test.db.query(
      `INSERT INTO refresh_tokens (agency_id, user_id, family_id, token_hash, session_version, expires_at)
       SELECT agency_id, id, gen_random_uuid(), $2, session_version, now() + interval '1 hour' FROM users WHERE id = $1`,
      [this.a.staff.id, createHash('sha256').update(secret).digest('hex')],
    );
    return secret;
  };
  freshCompany = () => this.created('/v1/companies', { name: `Company ${unique()}` });
  freshBuyer = () => this.created('/v1/buyers', { organisation: `Buyer ${unique()}`, contactName: 'Anna Schmidt', email: `anna.${unique()}@example.de`, country: 'DE' });
  freshConsultation = () => this.created('/v1/consultations', this.consultationBody());
  freshContract = () => this.created('/v1/contracts', this.contractBody());
  freshShipment = () => this.created('/v1/shipments', this.shipmentBody());
  /** A one-page PDF as evidence (typed by its first bytes). */
  document = () => multipart({}, { name: 'proof.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') });
  freshRate = () => this.created('/v1/exchange-rates', rateBody());
  freshKey = () => this.created('/v1/api-keys', { name: `Partner ${unique()}`, scopes: ['fairs:read'] });
  freshExhibitor = async () => {
    const companyId = await this.freshCompany();
    await this.created(`/v1/fairs/${this.fair.id}/participants`, { companyId });
    return companyId;
  };
  freshWebhook = () => this.created('/v1/webhooks', webhookBody());
  /** A questionnaire of the fixture round for a company (a fresh exhibitor unless named), its link token valid. */
  freshQuestionnaire = async (companyId?: string): Promise<string> => {
    const company = companyId ?? (await this.freshExhibitor());
    const id = randomUUID();
    await this.test.db.query(
      `INSERT INTO follow_up_questionnaires (id, agency_id, fair_id, round_id, company_id, token_hash, token_expires_at, invited_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + interval '30 days', now())`,
      [id, this.a.id, this.fair.id, this.roundId, company, tokenHash(this.linkToken(id))],
    );
    return id;
  };
  linkToken = (questionnaireId: string) => linkToken(Buffer.from(loadEnv().FOLLOWUP_LINK_SECRET_KEY, 'base64'), questionnaireId, 1);
  /** The company's link: its token in the header the form sends. */
  linkRequest = (questionnaireId: string, body?: Record<string, unknown>) => ({
    payload: body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body)),
    headers: { 'x-follow-up-token': this.linkToken(questionnaireId), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
  });
  /** A queued test event of the fixture endpoint (no worker runs here: it stays pending). */
  freshDelivery = () => this.created(`/v1/webhooks/${this.webhookId}/test`, {}, 'id', 202);
  freshInterpreter = () => this.created('/v1/interpreters', { name: `Interpreter ${unique()}`, languages: ['en', 'zh'] });
  /** A later hour of the fair's second day per call: sessions of one fair may not overlap. */
  freshSession = () => {
    sessionHour += 1;
    const hour = String(sessionHour).padStart(2, '0');
    return this.created(`/v1/fairs/${this.fair.id}/meeting-sessions`, { date: '2017-05-16', startTime: `${hour}:00`, endTime: `${hour}:40`, slotMinutes: 20, tables: 1 });
  };
  /** A requested meeting of its own company and buyer, so steps on it never meet another meeting. */
  freshMeeting = async () =>
    this.created(`/v1/fairs/${this.fair.id}/meetings`, { companyId: await this.freshExhibitor(), buyerId: await this.freshBuyer() });
  /** A fresh meeting taken through `steps` (accept, then the fixture session's next free table, then …). */
  meetingAt = async (...steps: ('accept' | 'schedule' | 'held')[]) => {
    const id = await this.freshMeeting();
    for (const step of steps) {
      const response = step === 'schedule'
        ? await this.api.post(`/v1/fairs/${this.fair.id}/meetings/${id}/schedule`, this.slotBody())
        : await this.api.post(`/v1/fairs/${this.fair.id}/meetings/${id}/${step}`, {});
      if (response.statusCode !== 200) throw new Error(`meeting ${step}: ${response.statusCode} ${response.body}`);
    }
    return id;
  };
  /** The fixture session's first slot at a table no other call has used (the session has SESSION.tables). */
  slotBody = () => {
    table += 1;
    return { sessionId: this.sessionId, startsAt: '2017-05-15T01:00:00.000Z', tableNumber: table };
  };
  /** A one-row consultation log for the fixture fair, as a multipart upload. */
  upload = () =>
    multipart({ fairId: this.fair.id, kind: 'consultations' }, { name: 'log.csv', content: `company,buyer organisation,country,date\nCompany ${unique()},Charité,DE,2017-05-16\n` });
  freshUser = async () => {
    const { rows } = await this.test.db.query<{ id: string }>(
      `INSERT INTO users (agency_id, email, role, password_hash, version) VALUES ($1, $2, 'staff', 'not-a-hash', 1) RETURNING id`,
      [this.a.id, `user.${unique()}@matrix.test`],
    );
    return rows[0].id;
  };

  consultationBody = () => ({ fairId: this.fair.id, companyId: this.companyId, buyerCountry: 'DE', occurredAt: '2017-05-16T03:00:00Z' });
  contractBody = () => ({ fairId: this.fair.id, companyId: this.companyId, buyerCountry: 'DE', status: 'expected', value: { amount: '1000.00', currency: 'USD' } });
  shipmentBody = () => ({ contractId: this.signedContractId, shippedOn: '2017-06-01', value: { amount: '500.00', currency: 'USD' } });
}

/** 09:00–18:00 on the fixture fair's first day (Asia/Shanghai, so 01:00Z), with a table per scheduled meeting. */
const SESSION = { date: '2017-05-15', startTime: '09:00', endTime: '18:00', slotMinutes: 20, tables: 200 };
let sessionHour = 6;
let table = 0;

const fairBody = () => ({
  series: 'medica', name: `MEDICA ${unique()}`, year: 2017, city: 'Düsseldorf', country: 'DE',
  startsOn: '2017-11-13', endsOn: '2017-11-16', timezone: 'Europe/Berlin',
});
/** Nothing listens on port 9 of 127.0.0.1 (allow-listed in tests); the matrix runs no worker anyway. */
const webhookBody = () => ({ url: `http://127.0.0.1:9/hooks/${unique()}`, eventTypes: ['consultation.*', 'outcome.updated'], scopes: ['consultations:read', 'outcomes:read'] });
const followUpAnswer = () => ({
  contractsSigned: { count: 1, value: { amount: '1000.00', currency: 'USD' } },
  contractsExpected: { count: 0 },
  shipments: { count: 0 },
  satisfaction: 5,
  wouldExhibitAgain: true,
});
let rateDay = 0;
const rateBody = () => {
  rateDay += 1;
  const date = new Date(Date.UTC(2000, 0, 1) + rateDay * 86_400_000).toISOString().slice(0, 10);
  return { currency: 'EUR', date, unitsPerUsd: '0.912345' };
};

const id = (pick: (fx: Fixtures) => string, make: (fx: Fixtures) => Promise<string>) =>
  async (fx: Fixtures, fresh: boolean): Promise<Filled> => ({ params: { id: fresh ? await make(fx) : pick(fx) } });
const withBody = (fill: (fx: Fixtures, fresh: boolean) => Promise<Filled>, body: Record<string, unknown>) =>
  async (fx: Fixtures, fresh: boolean): Promise<Filled> => ({ ...(await fill(fx, fresh)), body });

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /health': { ok: 200 },
  'GET /health/live': { ok: 200 },
  'POST /v1/auth/login': { ok: 200, fill: (fx) => ({ body: { email: fx.a.staff.email, password: TEST_PASSWORD } }) },
  'GET /v1/auth/me': { ok: 200 },
  // Public, cookie only: each request brings a fresh sign-in's refresh cookie.
  'POST /v1/auth/refresh': { ok: 200, fill: async (fx) => ({ raw: { payload: Buffer.alloc(0), headers: { cookie: `pavilion_refresh=${await fx.freshRefreshToken()}` } } }) },
  'DELETE /v1/auth/refresh': { ok: 204 },
  // A wrong current password (422): a right one would end the matrix callers' own sessions.
  'POST /v1/auth/password': { ok: 422, fill: () => ({ body: { currentPassword: 'not-the-current-password', newPassword: 'a-long-enough-password' } }) },

  // Public, each with a unique email: the same 202 whether or not it has an account.
  'POST /v1/auth/password-reset': { ok: 202, fill: () => ({ body: { email: `forgot.${unique()}@matrix.test` } }) },
  // Public: a fresh reset link each time (a used one is a 410).
  'POST /v1/auth/password-reset/confirm': {
    ok: 204,
    fill: async (fx, fresh) => ({ body: { token: fresh ? await fx.freshResetToken() : 'A'.repeat(43), newPassword: 'a-long-enough-password' } }),
  },

  'GET /v1/invitations': { ok: 200 },
  'POST /v1/invitations': { ok: 201, fill: () => ({ body: { email: `invited.${unique()}@matrix.test`, role: 'staff', language: 'ko' } }) },
  'GET /v1/invitations/{id}': { ok: 200, fill: (fx) => ({ params: { id: fx.invitationId } }) },
  'DELETE /v1/invitations/{id}': { ok: 204, fill: id((fx) => fx.invitationId, (fx) => fx.freshInvitation()) },
  'POST /v1/invitations/accept': {
    ok: 204,
    fill: async (fx, fresh) => ({ body: { token: fresh ? await fx.freshInvitationToken() : 'A'.repeat(43), password: 'a-long-enough-password' } }),
  },

  'GET /v1/users': { ok: 200 },
  'POST /v1/users': { ok: 201, fill: () => ({ body: { email: `new.${unique()}@matrix.test`, password: 'a-long-enough-password', role: 'staff' } }) },
  'GET /v1/users/{id}': { ok: 200, fill: (fx) => ({ params: { id: fx.a.staff.id } }) },
  'PATCH /v1/users/{id}': { ok: 200, fill: withBody(id((fx) => fx.a.staff.id, (fx) => fx.freshUser()), { name: 'Renamed' }) },

  'GET /v1/fairs/{fairId}/outcomes': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id } }) },
  'GET /v1/outcomes': { ok: 200 },
  'GET /v1/outcomes/series/{series}': { ok: 200, fill: () => ({ params: { series: 'cmef' } }) },

  'GET /v1/companies': { ok: 200 },
  'POST /v1/companies': { ok: 201, fill: () => ({ body: { name: `Company ${unique()}` } }) },
  'GET /v1/companies/{id}': { ok: 200, fill: id((fx) => fx.companyId, (fx) => fx.freshCompany()) },
  'PATCH /v1/companies/{id}': { ok: 200, fill: withBody(id((fx) => fx.companyId, (fx) => fx.freshCompany()), { region: 'Gangwon' }) },
  'DELETE /v1/companies/{id}': { ok: 204, fill: id((fx) => fx.companyId, (fx) => fx.freshCompany()) },

  'GET /v1/fairs': { ok: 200 },
  'POST /v1/fairs': { ok: 201, fill: () => ({ body: fairBody() }) },
  'GET /v1/fairs/{id}': { ok: 200, fill: id((fx) => fx.fair.id, (fx) => fx.freshFair()) },
  'PATCH /v1/fairs/{id}': { ok: 200, fill: withBody(id((fx) => fx.fair.id, (fx) => fx.freshFair()), { venue: 'Hall 2' }) },
  'DELETE /v1/fairs/{id}': { ok: 204, fill: id((fx) => fx.fair.id, (fx) => fx.freshFair()) },

  'GET /v1/fairs/{fairId}/participants': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id } }) },
  'POST /v1/fairs/{fairId}/participants': {
    ok: 201,
    fill: async (fx, fresh) => ({ params: { fairId: fx.fair.id }, body: { companyId: fresh ? await fx.freshCompany() : fx.companyId, booth: 'B-12' } }),
  },
  'GET /v1/fairs/{fairId}/participants/{companyId}': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id, companyId: fx.companyId } }) },
  'PATCH /v1/fairs/{fairId}/participants/{companyId}': {
    ok: 200,
    fill: async (fx, fresh) => ({ params: { fairId: fx.fair.id, companyId: fresh ? await fx.freshExhibitor() : fx.companyId }, body: { booth: 'C-3' } }),
  },
  'DELETE /v1/fairs/{fairId}/participants/{companyId}': {
    ok: 204,
    fill: async (fx, fresh) => ({ params: { fairId: fx.fair.id, companyId: fresh ? await fx.freshExhibitor() : fx.companyId } }),
  },

  'GET /v1/buyers': { ok: 200 },
  'POST /v1/buyers': { ok: 201, fill: () => ({ body: { organisation: `Buyer ${unique()}`, country: 'DE' } }) },
  'GET /v1/buyers/{id}': { ok: 200, fill: id((fx) => fx.buyerId, (fx) => fx.freshBuyer()) },
  'PATCH /v1/buyers/{id}': { ok: 200, fill: withBody(id((fx) => fx.buyerId, (fx) => fx.freshBuyer()), { phone: '+49 30 2' }) },
  'DELETE /v1/buyers/{id}': { ok: 204, fill: id((fx) => fx.buyerId, (fx) => fx.freshBuyer()) },
  'GET /v1/buyers/{id}/personal-data': { ok: 200, fill: id((fx) => fx.buyerId, (fx) => fx.freshBuyer()) },
  'POST /v1/buyers/{id}/erase': { ok: 200, fill: id((fx) => fx.buyerId, (fx) => fx.freshBuyer()) },

  'GET /v1/exchange-rates': { ok: 200 },
  'POST /v1/exchange-rates': { ok: 201, fill: () => ({ body: rateBody() }) },
  'GET /v1/exchange-rates/{id}': { ok: 200, fill: id((fx) => fx.rateId, (fx) => fx.freshRate()) },
  'DELETE /v1/exchange-rates/{id}': { ok: 204, fill: id((fx) => fx.rateId, (fx) => fx.freshRate()) },

  'GET /v1/consultations': { ok: 200 },
  'POST /v1/consultations': { ok: 201, crossAgency: 422, fill: (fx) => ({ body: fx.consultationBody() }) },
  'GET /v1/consultations/{id}': { ok: 200, fill: id((fx) => fx.consultationId, (fx) => fx.freshConsultation()) },
  'PATCH /v1/consultations/{id}': { ok: 200, fill: withBody(id((fx) => fx.consultationId, (fx) => fx.freshConsultation()), { stage: 'follow_up' }) },
  'DELETE /v1/consultations/{id}': { ok: 204, fill: id((fx) => fx.consultationId, (fx) => fx.freshConsultation()) },

  'GET /v1/contracts': { ok: 200 },
  'POST /v1/contracts': { ok: 201, crossAgency: 422, fill: (fx) => ({ body: fx.contractBody() }) },
  'GET /v1/contracts/{id}': { ok: 200, fill: id((fx) => fx.contractId, (fx) => fx.freshContract()) },
  'PATCH /v1/contracts/{id}': { ok: 200, fill: withBody(id((fx) => fx.contractId, (fx) => fx.freshContract()), { notes: 'Follow up in June' }) },
  'DELETE /v1/contracts/{id}': { ok: 204, fill: id((fx) => fx.contractId, (fx) => fx.freshContract()) },
  'GET /v1/contracts/{id}/shipments': { ok: 200, fill: (fx) => ({ params: { id: fx.signedContractId } }) },

  'GET /v1/shipments': { ok: 200 },
  'POST /v1/shipments': { ok: 201, crossAgency: 422, fill: (fx) => ({ body: fx.shipmentBody() }) },
  'GET /v1/shipments/{id}': { ok: 200, fill: id((fx) => fx.shipmentId, (fx) => fx.freshShipment()) },
  'PATCH /v1/shipments/{id}': { ok: 200, fill: withBody(id((fx) => fx.shipmentId, (fx) => fx.freshShipment()), { note: 'Second container' }) },
  'DELETE /v1/shipments/{id}': { ok: 204, fill: id((fx) => fx.shipmentId, (fx) => fx.freshShipment()) },
  'POST /v1/shipments/{id}/document': {
    ok: 200,
    fill: async (fx, fresh) => ({ params: { id: fresh ? await fx.freshShipment() : fx.shipmentId }, raw: fx.document() }),
  },
  'GET /v1/shipments/{id}/document': { ok: 200, fill: (fx) => ({ params: { id: fx.shipmentId } }) },
  'POST /v1/shipments/{id}/verify': { ok: 200, fill: id((fx) => fx.shipmentId, (fx) => fx.freshShipment()) },

  'GET /v1/api-keys': { ok: 200 },
  'POST /v1/api-keys': { ok: 201, fill: () => ({ body: { name: `Partner ${randomUUID()}`, scopes: ['outcomes:read'] } }) },
  'GET /v1/api-keys/{id}': { ok: 200, fill: id((fx) => fx.keyId, (fx) => fx.freshKey()) },
  'PATCH /v1/api-keys/{id}': { ok: 200, fill: withBody(id((fx) => fx.keyId, (fx) => fx.freshKey()), { name: 'Renamed partner' }) },
  'POST /v1/api-keys/{id}/revoke': { ok: 200, fill: id((fx) => fx.keyId, (fx) => fx.freshKey()) },
  'POST /v1/api-keys/{id}/rotate': { ok: 200, fill: id((fx) => fx.keyId, (fx) => fx.freshKey()) },

  'GET /v1/audit': { ok: 200 },

  'GET /v1/webhooks': { ok: 200 },
  'POST /v1/webhooks': { ok: 201, fill: () => ({ body: webhookBody() }) },
  'GET /v1/webhooks/{id}': { ok: 200, fill: id((fx) => fx.webhookId, (fx) => fx.freshWebhook()) },
  'PATCH /v1/webhooks/{id}': { ok: 200, fill: withBody(id((fx) => fx.webhookId, (fx) => fx.freshWebhook()), { description: 'Partner CRM' }) },
  'DELETE /v1/webhooks/{id}': { ok: 204, fill: id((fx) => fx.webhookId, (fx) => fx.freshWebhook()) },
  'POST /v1/webhooks/{id}/rotate-secret': { ok: 200, fill: id((fx) => fx.webhookId, (fx) => fx.freshWebhook()) },
  'GET /v1/webhooks/{id}/deliveries': { ok: 200, fill: (fx) => ({ params: { id: fx.webhookId } }) },
  'POST /v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    ok: 202,
    fill: async (fx, fresh) => ({ params: { id: fx.webhookId, deliveryId: fresh ? await fx.freshDelivery() : fx.deliveryId } }),
  },
  'POST /v1/webhooks/{id}/redeliver-failed': { ok: 202, fill: id((fx) => fx.webhookId, (fx) => fx.freshWebhook()) },
  'POST /v1/webhooks/{id}/test': { ok: 202, fill: id((fx) => fx.webhookId, (fx) => fx.freshWebhook()) },

  'GET /v1/categories': { ok: 200 },
  'POST /v1/categories': { ok: 201, fill: () => ({ body: { slug: `cat-${unique()}`, name: 'Ophthalmology' } }) },
  'GET /v1/companies/{id}/profile': { ok: 200, fill: id((fx) => fx.companyId, (fx) => fx.freshCompany()) },
  'PUT /v1/companies/{id}/profile': {
    ok: 200,
    fill: withBody(id((fx) => fx.companyId, (fx) => fx.freshCompany()), { categories: ['dental'], certifications: ['CE'], targetMarkets: ['DE'] }),
  },
  'GET /v1/buyers/{id}/profile': { ok: 200, fill: id((fx) => fx.buyerId, (fx) => fx.freshBuyer()) },
  'PUT /v1/buyers/{id}/profile': { ok: 200, fill: withBody(id((fx) => fx.buyerId, (fx) => fx.freshBuyer()), { categories: ['dental'], requiredCertifications: [] }) },
  'GET /v1/interpreters': { ok: 200 },
  'POST /v1/interpreters': { ok: 201, fill: () => ({ body: { name: `Interpreter ${unique()}`, languages: ['ar'] } }) },
  'GET /v1/interpreters/{id}': { ok: 200, fill: id((fx) => fx.interpreterId, (fx) => fx.freshInterpreter()) },
  'PATCH /v1/interpreters/{id}': { ok: 200, fill: withBody(id((fx) => fx.interpreterId, (fx) => fx.freshInterpreter()), { name: 'Renamed' }) },
  'DELETE /v1/interpreters/{id}': { ok: 204, fill: id((fx) => fx.interpreterId, (fx) => fx.freshInterpreter()) },
  'GET /v1/fairs/{fairId}/matches': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id }, query: { companyId: fx.companyId } }) },
  'GET /v1/fairs/{fairId}/meeting-sessions': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id } }) },
  'POST /v1/fairs/{fairId}/meeting-sessions': {
    ok: 201,
    fill: (fx) => ({ params: { fairId: fx.fair.id }, body: { date: '2017-05-17', startTime: `${String((sessionHour += 1)).padStart(2, '0')}:00`, endTime: `${String(sessionHour).padStart(2, '0')}:40`, slotMinutes: 20, tables: 1 } }),
  },
  'DELETE /v1/fairs/{fairId}/meeting-sessions/{id}': {
    ok: 204,
    fill: async (fx, fresh) => ({ params: { fairId: fx.fair.id, id: fresh ? await fx.freshSession() : fx.sessionId } }),
  },
  'GET /v1/fairs/{fairId}/meetings': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id } }) },
  'POST /v1/fairs/{fairId}/meetings': {
    ok: 201,
    fill: async (fx, fresh) => ({
      params: { fairId: fx.fair.id },
      body: fresh ? { companyId: await fx.freshExhibitor(), buyerId: await fx.freshBuyer() } : { companyId: fx.companyId, buyerId: fx.buyerId },
    }),
  },
  'GET /v1/fairs/{fairId}/meetings/calendar.ics': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id }, query: { companyId: fx.companyId } }) },
  'POST /v1/fairs/{fairId}/meetings/schedule': { ok: 202, fill: async (fx, fresh) => ({ params: { fairId: fresh ? await fx.freshFair() : fx.fair.id } }) },
  'GET /v1/fairs/{fairId}/meetings/schedule/{runId}': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id, runId: fx.runId } }) },
  'GET /v1/fairs/{fairId}/meetings/{id}': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id, id: fx.meetingId } }) },
  'POST /v1/fairs/{fairId}/meetings/{id}/schedule': {
    ok: 200,
    fill: async (fx, fresh) => ({ params: { fairId: fx.fair.id, id: fresh ? await fx.meetingAt('accept') : fx.meetingId }, body: fx.slotBody() }),
  },
  'POST /v1/fairs/{fairId}/meetings/{id}/consultation': {
    ok: 201,
    fill: async (fx, fresh) => ({ params: { fairId: fx.fair.id, id: fresh ? await fx.meetingAt('accept', 'schedule', 'held') : fx.meetingId } }),
  },
  'POST /v1/fairs/{fairId}/meetings/{id}/{step}': {
    ok: 200,
    fill: async (fx, fresh) => ({ params: { fairId: fx.fair.id, id: fresh ? await fx.freshMeeting() : fx.meetingId, step: 'accept' } }),
  },

  'POST /v1/imports': { ok: 201, crossAgency: 422, fill: (fx) => ({ raw: fx.upload() }) },
  'GET /v1/imports/{id}': { ok: 200, fill: (fx) => ({ params: { id: fx.importId } }) },
  'GET /v1/imports/{id}/errors.csv': { ok: 200, fill: (fx) => ({ params: { id: fx.importId } }) },
  'GET /v1/fairs/{fairId}/outcomes/report.xlsx': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id } }) },
  'GET /v1/fairs/{fairId}/outcomes/report.csv': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id } }) },
  'GET /v1/outcomes/report.xlsx': { ok: 200, fill: () => ({ query: { year: '2017' } }) },
  'GET /v1/outcomes/report.csv': { ok: 200, fill: () => ({ query: { year: '2017' } }) },
  'GET /v1/consultations/export.xlsx': { ok: 200, fill: (fx) => ({ query: { fairId: fx.fair.id } }) },
  'GET /v1/consultations/export.csv': { ok: 200 },

  'GET /v1/fairs/{fairId}/follow-up-rounds': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id } }) },
  'PUT /v1/fairs/{fairId}/follow-up-rounds': {
    ok: 200,
    fill: async (fx, fresh) => ({ params: { fairId: fresh ? await fx.freshFair() : fx.fair.id }, body: { monthsAfter: [3, 6, 12] } }),
  },
  'GET /v1/follow-up-rounds/{roundId}/questionnaires': { ok: 200, fill: (fx) => ({ params: { roundId: fx.roundId } }) },
  'GET /v1/follow-up-questionnaires/{questionnaireId}/response': { ok: 200, fill: (fx) => ({ params: { questionnaireId: fx.answeredQuestionnaireId } }) },
  'POST /v1/follow-up-questionnaires/{questionnaireId}/response': {
    ok: 201,
    fill: async (fx, fresh) => ({ params: { questionnaireId: fresh ? await fx.freshQuestionnaire() : fx.questionnaireId }, body: followUpAnswer() }),
  },
  'POST /v1/follow-up-questionnaires/{questionnaireId}/link': {
    ok: 200,
    fill: async (fx, fresh) => ({ params: { questionnaireId: fresh ? await fx.freshQuestionnaire() : fx.questionnaireId }, body: { language: 'en' } }),
  },
  'POST /v1/follow-up-questionnaires/{questionnaireId}/link/revoke': {
    ok: 200,
    fill: async (fx, fresh) => ({ params: { questionnaireId: fresh ? await fx.freshQuestionnaire() : fx.questionnaireId } }),
  },
  'GET /v1/fairs/{fairId}/outcomes/follow-ups': { ok: 200, fill: (fx) => ({ params: { fairId: fx.fair.id } }) },
  // Public: the company's link token rides in a header; every caller's own credentials are ignored.
  'GET /v1/follow-up/questionnaires/{questionnaireId}': {
    ok: 200,
    fill: (fx) => ({ params: { questionnaireId: fx.questionnaireId }, raw: fx.linkRequest(fx.questionnaireId) }),
  },
  'POST /v1/follow-up/questionnaires/{questionnaireId}/response': {
    ok: 200,
    fill: async (fx, fresh) => {
      const questionnaireId = fresh ? await fx.freshQuestionnaire() : fx.questionnaireId;
      return { params: { questionnaireId }, raw: fx.linkRequest(questionnaireId, followUpAnswer()) };
    },
  },
};

/** The URL of a filled request: its path parameters and query. */
export const requestUrl = (path: string, { params, query }: Filled = {}): string =>
  fillPath(path, params) + (query ? `?${new URLSearchParams(query).toString()}` : '');

/** `/v1/fairs/{id}` with its parameters filled in. */
export const fillPath = (path: string, params: Record<string, string> = {}): string =>
  path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (params[name] === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(params[name]);
  });
