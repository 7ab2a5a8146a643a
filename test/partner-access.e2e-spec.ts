import { createHash, randomUUID } from 'node:crypto';
import { ApiKeyUses } from '../src/api-keys/api-key-uses.js';
import { API_KEY_SCOPES } from '../src/tenancy/scopes.js';
import { issueKey, partner } from './support/api-keys.js';
import { client, type Client } from './support/http.js';
import { insertBuyer, insertConsultations, insertContracts, insertExhibitor, insertFair, type FairRow } from './support/records.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('partner API keys', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let admin: Client;
  let cmef: FairRow;
  let kimes: FairRow;
  let buyerId: string;
  let otherBuyerId: string;
  let cmefConsultation: string;
  let kimesConsultation: string;

  const ids = (response: { json: () => { data: { id: string }[] } }) => response.json().data.map((row) => row.id);

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    admin = client(test, a.admin.token);
    cmef = await insertFair(test, a.id, { series: 'cmef', name: 'CMEF 2017', year: 2017 });
    kimes = await insertFair(test, a.id, { series: 'kimes', name: 'KIMES 2017', year: 2017, startsOn: '2017-03-16', endsOn: '2017-03-19', timezone: 'Asia/Seoul', country: 'KR' });
    buyerId = await insertBuyer(test, a.id, 'DE', 'anna@klinikum.example');
    otherBuyerId = await insertBuyer(test, b.id, 'DE', 'anna@klinikum.example');
    for (const fair of [cmef, kimes]) {
      const companyId = await insertExhibitor(test, a.id, fair.id);
      await insertConsultations(test, { agencyId: a.id, fair, companies: [companyId], buyers: [buyerId], userId: a.staff.id, count: 5 });
      await insertContracts(test, { agencyId: a.id, fair, companies: [companyId], buyers: [buyerId], userId: a.staff.id, count: 3 });
    }
    const first = async (fairId: string) =>
      (await test.db.query<{ id: string }>('SELECT id FROM consultations WHERE fair_id = $1 AND deleted_at IS NULL LIMIT 1', [fairId])).rows[0].id;
    cmefConsultation = await first(cmef.id);
    kimesConsultation = await first(kimes.id);
  });
  afterAll(() => test.close());

  describe('issuing', () => {
    it('shows the secret once, stores only its SHA-256, and lists the key by prefix', async () => {
      const key = await issueKey(test, a.admin.token, ['fairs:read'], { name: 'KOTRA Frankfurt' });
      expect(key.secret.startsWith(`${key.prefix}_`)).toBe(true);
      const { rows } = await test.db.query('SELECT secret_hash, prefix FROM api_keys WHERE id = $1', [key.id]);
      expect(rows[0]).toEqual({ secret_hash: createHash('sha256').update(key.secret).digest('hex'), prefix: key.prefix });
      expect(JSON.stringify(rows[0])).not.toContain(key.secret);

      const listed = (await admin.get('/v1/api-keys?limit=500')).json<{ data: Record<string, unknown>[] }>().data;
      const entry = listed.find((row) => row.id === key.id);
      expect(entry).toMatchObject({ name: 'KOTRA Frankfurt', prefix: key.prefix, scopes: ['fairs:read'], fairIds: null, revokedAt: null });
      expect(JSON.stringify(listed)).not.toContain(key.secret);
      expect((await admin.get(`/v1/api-keys/${key.id}`)).json()).not.toHaveProperty('secret');
    });

    it('is for admins only, and another agency cannot see or revoke the key', async () => {
      const key = await issueKey(test, a.admin.token, ['fairs:read']);
      expect((await client(test, a.manager.token).post('/v1/api-keys', { name: 'x', scopes: ['fairs:read'] })).statusCode).toBe(403);
      expect((await client(test, a.manager.token).get('/v1/api-keys')).statusCode).toBe(403);
      const other = client(test, b.admin.token);
      expect((await other.get(`/v1/api-keys/${key.id}`)).statusCode).toBe(404);
      expect((await other.post(`/v1/api-keys/${key.id}/revoke`, {})).statusCode).toBe(404);
      expect((await other.post(`/v1/api-keys/${key.id}/rotate`, {})).statusCode).toBe(404);
      expect((await other.patch(`/v1/api-keys/${key.id}`, { scopes: ['outcomes:read'] })).statusCode).toBe(404);
      expect(ids(await other.get('/v1/api-keys?limit=500'))).not.toContain(key.id);
      expect((await partner(test, key.secret).get('/v1/fairs')).statusCode).toBe(200);
    });

    it('rejects unknown scopes, fairs of another agency, past expiry, and agency-wide scopes on a fair-limited key', async () => {
      const before = (await test.db.query('SELECT count(*)::int AS n FROM api_keys')).rows[0].n;
      const bad = [
        [{ name: 'x', scopes: ['fairs:write'] }, 400, 'scopes'],
        [{ name: 'x', scopes: [] }, 400, 'scopes'],
        [{ name: 'x', scopes: ['fairs:read'], fairIds: ['not-a-uuid'] }, 400, 'fairIds'],
        [{ name: 'x', scopes: ['fairs:read'], fairIds: [(await insertFair(test, b.id)).id] }, 422, 'fairIds'],
        [{ name: 'x', scopes: ['fairs:read'], expiresAt: '2001-01-01T00:00:00Z' }, 422, 'expiresAt'],
        [{ name: 'x', scopes: ['buyers:read'], fairIds: [cmef.id] }, 422, 'scopes'],
        [{ name: 'x', scopes: ['fairs:read'], agencyId: b.id }, 400, 'agencyId'],
      ] as const;
      for (const [body, status, field] of bad) {
        const response = await admin.post('/v1/api-keys', body);
        expect(response.statusCode).toBe(status);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(field);
      }
      expect((await test.db.query('SELECT count(*)::int AS n FROM api_keys')).rows[0].n).toBe(before);
    });

    it('changes a key\'s name, scopes and fairs under the same rules, and nothing on a refusal', async () => {
      const key = await issueKey(test, a.admin.token, ['fairs:read', 'outcomes:read']);
      const changed = await admin.patch(`/v1/api-keys/${key.id}`, { name: 'KOTRA Dubai', scopes: ['fairs:read'], fairIds: [cmef.id] });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ name: 'KOTRA Dubai', scopes: ['fairs:read'], fairIds: [cmef.id], prefix: key.prefix, version: 2 });
      expect((await partner(test, key.secret).get(`/v1/fairs/${kimes.id}`)).statusCode).toBe(404);

      const stored = async () => (await test.db.query('SELECT name, scopes, fair_ids, version FROM api_keys WHERE id = $1', [key.id])).rows[0];
      const before = await stored();
      const bad = [
        [{ scopes: ['buyers:read'] }, 422, 'scopes'],
        [{ fairIds: [(await insertFair(test, b.id)).id] }, 422, 'fairIds'],
        [{ scopes: [] }, 400, 'scopes'],
        [{ scopes: null }, 400, 'scopes'],
        [{ name: null }, 400, 'name'],
        [{ fairIds: [] }, 400, 'fairIds'],
        [{ expiresAt: '2030-01-01T00:00:00Z' }, 400, 'expiresAt'],
      ] as const;
      for (const [body, status, field] of bad) {
        const response = await admin.patch(`/v1/api-keys/${key.id}`, body);
        expect({ body, status: response.statusCode }).toEqual({ body, status });
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(field);
      }
      expect((await admin.patch(`/v1/api-keys/${key.id}`, { name: 'x' }, { 'if-match': '"1"' })).statusCode).toBe(412);
      expect(await stored()).toEqual(before);

      // Every fair again (null), then agency-wide scopes fit.
      expect((await admin.patch(`/v1/api-keys/${key.id}`, { fairIds: null, scopes: ['buyers:read'] })).json()).toMatchObject({ fairIds: null, scopes: ['buyers:read'] });
      await admin.post(`/v1/api-keys/${key.id}/revoke`, {});
      expect((await admin.patch(`/v1/api-keys/${key.id}`, { name: 'y' })).statusCode).toBe(409);
    });
  });

  describe('authentication', () => {
    it('answers 401 to an unknown, revoked or expired key', async () => {
      expect((await partner(test, 'pvk_00000000_nope').get('/v1/fairs')).statusCode).toBe(401);
      // Expired before its first use: a key the process holds is never reused past the expiry it was
      // read with (src/tenancy/principal-cache.spec.ts), but an expiry moved in SQL is seen only once it is read again.
      const expiring = await issueKey(test, a.admin.token, ['fairs:read'], { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await test.db.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.id]);
      const expired = await partner(test, expiring.secret).get('/v1/fairs');
      expect(expired.statusCode).toBe(401);
      expect(expired.headers['content-type']).toContain('application/problem+json');
    });

    it('takes revocation and rotation into account on the very next request', async () => {
      const key = await issueKey(test, a.admin.token, ['fairs:read']);
      expect((await partner(test, key.secret).get('/v1/fairs')).statusCode).toBe(200);

      const rotated = await admin.post(`/v1/api-keys/${key.id}/rotate`, {});
      expect(rotated.statusCode).toBe(200);
      const fresh = rotated.json<{ id: string; secret: string; prefix: string }>();
      expect(fresh.id).toBe(key.id);
      expect(fresh.secret).not.toBe(key.secret);
      expect((await partner(test, key.secret).get('/v1/fairs')).statusCode).toBe(401);
      expect((await partner(test, fresh.secret).get('/v1/fairs')).statusCode).toBe(200);

      const revoked = await admin.post(`/v1/api-keys/${key.id}/revoke`, {});
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ revokedAt: expect.any(String) });
      expect((await partner(test, fresh.secret).get('/v1/fairs')).statusCode).toBe(401);
      expect((await admin.post(`/v1/api-keys/${key.id}/rotate`, {})).statusCode).toBe(409);
    });

    it('records lastUsedAt after the request, in a batch', async () => {
      const key = await issueKey(test, a.admin.token, ['fairs:read']);
      const other = await issueKey(test, a.admin.token, ['fairs:read']);
      expect((await admin.get(`/v1/api-keys/${key.id}`)).json()).toMatchObject({ lastUsedAt: null });
      const before = Date.now();
      for (const secret of [key.secret, other.secret, key.secret]) expect((await partner(test, secret).get('/v1/fairs')).statusCode).toBe(200);
      // Noted in memory by the requests, written by the batch (ten seconds later; here at once).
      await test.app.get(ApiKeyUses).flush();
      for (const id of [key.id, other.id]) {
        const { lastUsedAt } = (await admin.get(`/v1/api-keys/${id}`)).json<{ lastUsedAt: string }>();
        expect(Date.parse(lastUsedAt)).toBeGreaterThanOrEqual(before - 1);
      }
    });
  });

  describe('scopes', () => {
    it('opens each read route to its scope only, and no write or admin route to any key', async () => {
      const all = await issueKey(test, a.admin.token, ['fairs:read', 'outcomes:read', 'consultations:read', 'contracts:read', 'companies:read', 'buyers:read', 'buyers:pii']);
      const everything = partner(test, all.secret);
      for (const [method, url] of [
        ['POST', '/v1/fairs'],
        ['PATCH', `/v1/fairs/${cmef.id}`],
        ['DELETE', `/v1/buyers/${buyerId}`],
        ['POST', '/v1/consultations'],
        ['POST', '/v1/api-keys'],
        ['POST', `/v1/buyers/${buyerId}/erase`],
      ] as const) {
        expect({ method, url, status: (await everything.send(method, url, {})).statusCode }).toEqual({ method, url, status: 403 });
      }
      for (const url of ['/v1/users', '/v1/api-keys', '/v1/audit', '/v1/exchange-rates', '/v1/auth/me', `/v1/buyers/${buyerId}/personal-data`]) {
        expect({ url, status: (await everything.get(url)).statusCode }).toEqual({ url, status: 403 });
      }
      expect((await everything.send('DELETE', `/v1/buyers/${buyerId}`)).statusCode).toBe(403);
      expect((await test.db.query('SELECT deleted_at FROM buyers WHERE id = $1', [buyerId])).rows[0].deleted_at).toBeNull();

      const outcomesOnly = partner(test, (await issueKey(test, a.admin.token, ['outcomes:read'])).secret);
      expect((await outcomesOnly.get('/v1/outcomes?year=2017')).statusCode).toBe(200);
      expect((await outcomesOnly.get(`/v1/fairs/${cmef.id}/outcomes`)).statusCode).toBe(200);
      expect((await outcomesOnly.get('/v1/outcomes/series/cmef')).statusCode).toBe(200);
      for (const url of ['/v1/fairs', '/v1/consultations', '/v1/contracts', '/v1/companies', '/v1/buyers', `/v1/consultations/${cmefConsultation}`]) {
        const response = await outcomesOnly.get(url);
        expect({ url, status: response.statusCode }).toEqual({ url, status: 403 });
        expect(response.json<{ detail: string }>().detail).toMatch(/scope/);
      }
    });

    it('shows buyers another agency holds to nobody: 404 on id, absent from lists', async () => {
      const key = partner(test, (await issueKey(test, a.admin.token, ['buyers:read', 'buyers:pii'])).secret);
      expect((await key.get(`/v1/buyers/${otherBuyerId}`)).statusCode).toBe(404);
      const listed = ids(await key.get('/v1/buyers?limit=500'));
      expect(listed).toContain(buyerId);
      expect(listed).not.toContain(otherBuyerId);
    });
  });

  describe('personal data', () => {
    it('leaves contact name, email and phone out of buyers for keys without buyers:pii', async () => {
      const masked = partner(test, (await issueKey(test, a.admin.token, ['buyers:read'])).secret);
      const one = (await masked.get(`/v1/buyers/${buyerId}`)).json<Record<string, unknown>>();
      expect(one).toMatchObject({ id: buyerId, country: 'DE', organisation: expect.any(String) });
      for (const field of ['contactName', 'email', 'phone']) expect(one).not.toHaveProperty(field);
      const page = (await masked.get('/v1/buyers?limit=500')).body;
      expect(page).not.toContain('anna@klinikum.example');
      expect(page).not.toContain('Wang Wei');

      const withPii = partner(test, (await issueKey(test, a.admin.token, ['buyers:read', 'buyers:pii'])).secret);
      expect((await withPii.get(`/v1/buyers/${buyerId}`)).json()).toMatchObject({ email: 'anna@klinikum.example', contactName: 'Wang Wei' });
      expect((await admin.get(`/v1/buyers/${buyerId}`)).json()).toMatchObject({ email: 'anna@klinikum.example' });
    });

    it('refuses a filter on a buyer\'s email to keys without buyers:pii (403 naming the field), found or not', async () => {
      const masked = partner(test, (await issueKey(test, a.admin.token, ['buyers:read'])).secret);
      for (const email of ['anna@klinikum.example', 'nobody@nowhere.example']) {
        const response = await masked.get(`/v1/buyers?email=${encodeURIComponent(email)}`);
        expect(response.statusCode).toBe(403);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().errors).toEqual([expect.objectContaining({ field: 'email' })]);
      }
      // q searches the organisation only, never the contact's name or email.
      expect(ids(await masked.get('/v1/buyers?q=Wang'))).toEqual([]);
      expect(ids(await masked.get('/v1/buyers?q=klinikum'))).toEqual([]);
      const organisation = (await admin.get(`/v1/buyers/${buyerId}`)).json<{ organisation: string }>().organisation;
      expect(ids(await masked.get(`/v1/buyers?q=${encodeURIComponent(organisation)}`))).toEqual([buyerId]);

      const withPii = partner(test, (await issueKey(test, a.admin.token, ['buyers:read', 'buyers:pii'])).secret);
      expect(ids(await withPii.get('/v1/buyers?email=anna@klinikum.example'))).toEqual([buyerId]);
      expect(ids(await admin.get('/v1/buyers?email=anna@klinikum.example'))).toEqual([buyerId]);
    });

    it('guards every query parameter on a personal-data field of every route, not only the buyers email', async () => {
      const scopes = API_KEY_SCOPES.filter((scope) => scope !== 'buyers:pii');
      const masked = partner(test, (await issueKey(test, a.admin.token, [...scopes])).secret);
      const document = (await test.app.inject({ method: 'GET', url: '/docs-json' })).json<{
        paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      }>();
      const personal: string[] = [];
      for (const [path, operations] of Object.entries(document.paths)) {
        const parameters = (operations.get?.parameters ?? []).filter((p) => p.in === 'query' && /email|phone|contact/i.test(p.name));
        for (const { name } of parameters) {
          personal.push(`${path}?${name}`);
          const url = `${path.replace(/\{\w+\}/g, randomUUID())}?${name}=${encodeURIComponent('anna@klinikum.example')}`;
          const response = await masked.get(url);
          expect({ url, status: response.statusCode, fields: response.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field) }).toEqual({
            url,
            status: 403,
            fields: [name],
          });
        }
      }
      expect(personal).toContain('/v1/buyers?email');
    });

    it('leaves the contact name, email and phone out of companies for keys without buyers:pii', async () => {
      const companyId = await insertExhibitor(test, a.id, cmef.id);
      await test.db.query(
        `UPDATE companies SET contact_name = 'Kim Min-ji', contact_email = 'minji@wonju-medical.example', contact_phone = '+82 33 000 0000' WHERE id = $1`,
        [companyId],
      );
      const masked = partner(test, (await issueKey(test, a.admin.token, ['companies:read'])).secret);
      const one = (await masked.get(`/v1/companies/${companyId}`)).json<Record<string, unknown>>();
      expect(one).toMatchObject({ id: companyId, name: expect.any(String) });
      for (const field of ['contactName', 'contactEmail', 'contactPhone']) expect(one).not.toHaveProperty(field);
      const page = (await masked.get('/v1/companies?limit=500')).body;
      expect(page).toContain(companyId);
      for (const value of ['Kim Min-ji', 'minji@wonju-medical.example', '+82 33 000 0000']) expect(page).not.toContain(value);

      const withPii = partner(test, (await issueKey(test, a.admin.token, ['companies:read', 'buyers:pii'])).secret);
      const shown = { contactName: 'Kim Min-ji', contactEmail: 'minji@wonju-medical.example', contactPhone: '+82 33 000 0000' };
      expect((await withPii.get(`/v1/companies/${companyId}`)).json()).toMatchObject(shown);
      expect((await admin.get(`/v1/companies/${companyId}`)).json()).toMatchObject(shown);
    });

    it('never carries buyer contact data in consultations or contracts', async () => {
      const key = partner(test, (await issueKey(test, a.admin.token, ['consultations:read', 'contracts:read'])).secret);
      for (const url of ['/v1/consultations?limit=500', '/v1/contracts?limit=500']) {
        const body = (await key.get(url)).body;
        expect(body).not.toContain('anna@klinikum.example');
        expect(body).not.toContain('Wang Wei');
      }
    });

    it('exports consultations with buyer contact data only for a key with buyers:pii', async () => {
      const plain = partner(test, (await issueKey(test, a.admin.token, ['consultations:read'])).secret);
      const withPii = partner(test, (await issueKey(test, a.admin.token, ['consultations:read', 'buyers:pii'])).secret);
      await test.db.query('UPDATE consultations SET buyer_id = $1 WHERE id = $2', [buyerId, cmefConsultation]);
      for (const format of ['csv', 'xlsx']) {
        const masked = await plain.get(`/v1/consultations/export.${format}?fairId=${cmef.id}`);
        expect(masked.statusCode).toBe(200);
        const shown = await withPii.get(`/v1/consultations/export.${format}?fairId=${cmef.id}`);
        expect(shown.statusCode).toBe(200);
        if (format === 'csv') {
          expect(masked.body).toContain(cmefConsultation);
          expect(masked.body).not.toContain('anna@klinikum.example');
          expect(shown.body).toContain('anna@klinikum.example');
        }
      }
    });
  });

  describe('a key limited to fairs', () => {
    const scopes = ['fairs:read', 'outcomes:read', 'consultations:read', 'contracts:read'] as const;
    let limited: ReturnType<typeof partner>;
    beforeAll(async () => {
      limited = partner(test, (await issueKey(test, a.admin.token, [...scopes], { fairIds: [cmef.id] })).secret);
    });

    it('lists only its fairs and the records attributed to them', async () => {
      expect(ids(await limited.get('/v1/fairs?limit=500'))).toEqual([cmef.id]);
      const consultations = (await limited.get('/v1/consultations?limit=500')).json<{ data: { fairId: string }[] }>().data;
      expect(consultations.length).toBeGreaterThan(0);
      expect(new Set(consultations.map((row) => row.fairId))).toEqual(new Set([cmef.id]));
      const contracts = (await limited.get('/v1/contracts?limit=500')).json<{ data: { fairId: string }[] }>().data;
      expect(contracts.length).toBeGreaterThan(0);
      expect(new Set(contracts.map((row) => row.fairId))).toEqual(new Set([cmef.id]));
      expect(ids(await limited.get(`/v1/consultations?fairId=${kimes.id}`))).toEqual([]);
    });

    it('answers 404 for anything outside its fairs', async () => {
      for (const url of [
        `/v1/fairs/${kimes.id}`,
        `/v1/fairs/${kimes.id}/outcomes`,
        `/v1/fairs/${kimes.id}/participants`,
        `/v1/consultations/${kimesConsultation}`,
        '/v1/outcomes/series/kimes',
      ]) {
        expect({ url, status: (await limited.get(url)).statusCode }).toEqual({ url, status: 404 });
      }
      expect((await limited.get(`/v1/consultations/${cmefConsultation}`)).statusCode).toBe(200);
      expect((await limited.get(`/v1/fairs/${cmef.id}/outcomes`)).statusCode).toBe(200);
    });

    it('reports and exports only its fairs', async () => {
      for (const format of ['csv', 'xlsx']) {
        expect((await limited.get(`/v1/fairs/${kimes.id}/outcomes/report.${format}`)).statusCode).toBe(404);
        expect((await limited.get(`/v1/fairs/${cmef.id}/outcomes/report.${format}`)).statusCode).toBe(200);
      }
      const exported = await limited.get('/v1/consultations/export.csv');
      expect(exported.statusCode).toBe(200);
      expect(exported.body).toContain(cmefConsultation);
      expect(exported.body).not.toContain(kimesConsultation);
      expect(exported.body).not.toContain(kimes.id);
    });

    it('rolls up only its fairs', async () => {
      const rollup = (await limited.get('/v1/outcomes?year=2017')).json<{ data: { fairId: string }[]; total: { fairs: number } }>();
      expect(rollup.data.map((row) => row.fairId)).toEqual([cmef.id]);
      expect(rollup.total.fairs).toBe(1);
      const everyFair = (await client(test, a.manager.token).get('/v1/outcomes?year=2017')).json<{ total: { fairs: number } }>();
      expect(everyFair.total.fairs).toBeGreaterThan(1);
    });
  });
});
