import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { propertySeeds } from './support/property-seeds.js';
import { allIds, client, type Client } from './support/http.js';
import { countRows, type FairRow, insertBuyer, insertCompany, insertExhibitor, insertFair, insertRate, outcomeChanges } from './support/records.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('consultations', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let staff: Client;
  let fair: FairRow;
  let companyId: string;

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    staff = client(test, a.staff.token);
    fair = await insertFair(test, a.id); // CMEF 2017, 15–18 May, Asia/Shanghai
    companyId = await insertExhibitor(test, a.id, fair.id);
    await insertRate(test, a.id, 'KRW', '2017-05-01', '1130.00', a.admin.id);
    await insertRate(test, a.id, 'KRW', '2017-05-16', '1125.00', a.admin.id);
    await insertRate(test, a.id, 'CNY', '2017-01-01', '6.9000', a.admin.id);
  });
  afterAll(() => test.close());

  const minimal = (overrides: object = {}) => ({
    fairId: fair.id,
    companyId,
    buyerCountry: 'CN',
    occurredAt: '2017-05-15T03:00:00Z',
    ...overrides,
  });

  it('logs a consultation with only fair, company and buyer country, and defaults the rest', async () => {
    const response = await staff.post('/v1/consultations', { fairId: fair.id, companyId, buyerCountry: 'cn', occurredAt: '2017-05-16T02:00:00Z' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      buyerCountry: 'CN',
      type: 'booth',
      interpreterUsed: false,
      stage: 'consulted',
      estimatedValue: null,
      estimatedValueUsd: null,
      localDate: '2017-05-16',
      loggedBy: a.staff.id,
      version: 1,
    });
    expect(response.headers.etag).toBe('"1"');
  });

  it('takes the country from a linked buyer and rejects a contradicting one', async () => {
    const buyerId = await insertBuyer(test, a.id, 'VN');
    const linked = await staff.post('/v1/consultations', minimal({ buyerId, buyerCountry: undefined }));
    expect(linked.statusCode).toBe(201);
    expect(linked.json().buyerCountry).toBe('VN');
    const contradicting = await staff.post('/v1/consultations', minimal({ buyerId, buyerCountry: 'CN' }));
    expect(contradicting.statusCode).toBe(422);
    expect(contradicting.json().errors[0].field).toBe('buyerCountry');
  });

  it('freezes the USD value with the latest rate on or before the fair-local date', async () => {
    // 2017-05-15T17:00Z is 2017-05-16 01:00 in Shanghai: the 16 May rate applies.
    const late = await staff.post('/v1/consultations', minimal({ occurredAt: '2017-05-15T17:00:00Z', estimatedValue: { amount: '1125000.00', currency: 'KRW' } }));
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({
      localDate: '2017-05-16',
      estimatedValue: { amount: '1125000.00', currency: 'KRW' },
      estimatedValueUsd: '1000.00',
      exchangeRate: { unitsPerUsd: '1125.000000', date: '2017-05-16' },
    });
    const early = await staff.post('/v1/consultations', minimal({ estimatedValue: { amount: '1000.00', currency: 'KRW' } }));
    expect(early.json()).toMatchObject({ estimatedValueUsd: '0.88', exchangeRate: { unitsPerUsd: '1130.000000', date: '2017-05-01' } });

    // A later rate does not change what was stored.
    await insertRate(test, a.id, 'KRW', '2017-05-15', '1.00', a.admin.id);
    expect((await staff.get(`/v1/consultations/${early.json().id}`)).json().estimatedValueUsd).toBe('0.88');
  });

  it('answers 422 naming currency and date when no rate exists', async () => {
    const before = await countRows(test, 'consultations');
    const response = await staff.post('/v1/consultations', minimal({ estimatedValue: { amount: '100.00', currency: 'EUR' } }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ currency: 'EUR', date: '2017-05-15' });
    expect(response.json().detail).toContain('EUR');
    expect(response.json().detail).toContain('2017-05-15');
    expect(await countRows(test, 'consultations')).toBe(before);
  });

  it("accepts occurredAt within the fair's local dates ± 1 day and rejects it beyond", async () => {
    const dayAfter = await staff.post('/v1/consultations', minimal({ occurredAt: '2017-05-19T15:59:00Z' })); // 23:59 on the 19th
    expect(dayAfter.statusCode).toBe(201);
    const tooLate = await staff.post('/v1/consultations', minimal({ occurredAt: '2017-05-19T16:00:00Z' })); // 00:00 on the 20th
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json().errors[0].field).toBe('occurredAt');
    const tooEarly = await staff.post('/v1/consultations', minimal({ occurredAt: '2017-05-13T15:59:00Z' }));
    expect(tooEarly.statusCode).toBe(422);
  });

  it('requires the company to exhibit at the fair, and the fair, company and buyer to be the agency\'s', async () => {
    const outsider = await insertCompany(test, a.id);
    expect((await staff.post('/v1/consultations', minimal({ companyId: outsider }))).json().errors[0].field).toBe('companyId');
    const foreignFair = await insertFair(test, b.id);
    const foreignCompany = await insertExhibitor(test, b.id, foreignFair.id);
    const foreignBuyer = await insertBuyer(test, b.id);
    for (const [body, field] of [
      [minimal({ fairId: foreignFair.id }), 'fairId'],
      [minimal({ fairId: randomUUID() }), 'fairId'],
      [minimal({ companyId: foreignCompany }), 'companyId'],
      [minimal({ buyerId: foreignBuyer, buyerCountry: undefined }), 'buyerId'],
    ] as const) {
      const response = await staff.post('/v1/consultations', body);
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].field).toBe(field);
    }
  });

  it.each([
    [{ estimatedValue: { amount: 125000, currency: 'USD' } }, 'estimatedValue.amount', 'not a JSON number'],
    [{ estimatedValue: { amount: '1.005', currency: 'USD' } }, 'estimatedValue.amount', '2 decimal places'],
    [{ estimatedValue: { amount: '-5.00', currency: 'USD' } }, 'estimatedValue.amount', 'negative'],
    [{ estimatedValue: { amount: '5.00', currency: 'XYZ' } }, 'estimatedValue.currency', 'ISO 4217'],
    [{ estimatedValue: { amount: '5.00', currency: 'USD', fx: 1 } }, 'estimatedValue.fx', 'should not exist'],
    [{ unitPrice: { amount: '5', currency: 'DOLLARS' } }, 'unitPrice.currency', 'ISO 4217'],
    [{ buyerCountry: 'XX' }, 'buyerCountry', 'alpha-2'],
    [{ buyerCountry: undefined }, 'buyerCountry', 'required'],
    [{ occurredAt: 'yesterday' }, 'occurredAt', 'ISO 8601'],
    [{ type: 'phone' }, 'type', 'booth'],
    [{ stage: 'done' }, 'stage', 'consulted'],
    [{ quantity: 0 }, 'quantity', ''],
    [{ quantity: 1.5 }, 'quantity', ''],
    [{ fairId: 'cmef' }, 'fairId', 'UUID'],
    [{ loggedBy: randomUUID() }, 'loggedBy', 'should not exist'],
    [{ agencyId: randomUUID() }, 'agencyId', 'should not exist'],
    [{ type: 'booth', interpreterUsed: true }, 'interpreterUsed', 'contradicts'],
  ])('rejects %j with a 400 naming %s, creating nothing', async (overrides, field, words) => {
    const before = await countRows(test, 'consultations');
    const response = await staff.post('/v1/consultations', minimal(overrides));
    expect(response.statusCode).toBe(400);
    const error = response.json().errors.find((e: { field: string }) => e.field === field);
    expect(error?.message).toContain(words);
    expect(await countRows(test, 'consultations')).toBe(before);
  });

  it.each(propertySeeds())('round-trips amounts up to 10^15 exactly, and converts like a BigInt reference (seed %d)', async (seed) => {
    const amount = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
      .map(([integer, cents]) => (integer === 10n ** 15n ? '1000000000000000.00' : `${integer}.${String(cents).padStart(2, '0')}`));
    await fc.assert(
      fc.asyncProperty(amount, fc.constantFrom('USD', 'KRW', 'CNY'), async (value, currency) => {
        // On 17 May the KRW rate in force is the one dated 16 May (1125).
        const created = await staff.post(
          '/v1/consultations',
          minimal({ occurredAt: '2017-05-17T03:00:00Z', estimatedValue: { amount: value, currency: currency.toLowerCase() } }),
        );
        expect(created.statusCode).toBe(201);
        const read = (await staff.get(`/v1/consultations/${created.json().id}`)).json();
        expect(read.estimatedValue).toEqual({ amount: value, currency });
        const rateMicros = { USD: 1_000_000n, KRW: 1_125_000_000n, CNY: 6_900_000n }[currency] ?? 0n;
        const scaled = BigInt(value.replace('.', '')) * 1_000_000n;
        const cents = scaled / rateMicros + (2n * (scaled % rateMicros) >= rateMicros ? 1n : 0n);
        const expected = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        expect(read.estimatedValueUsd).toBe(expected);
      }),
      { numRuns: 40, seed },
    );
  });

  it('updates a stage with If-Match, refuses a stale one, and re-prices on a new value', async () => {
    const created = (await staff.post('/v1/consultations', minimal({ estimatedValue: { amount: '100.00', currency: 'USD' } }))).json();
    const moved = await staff.patch(`/v1/consultations/${created.id}`, { stage: 'negotiating' }, { 'if-match': '"1"' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ stage: 'negotiating', version: 2 });
    const stale = await staff.patch(`/v1/consultations/${created.id}`, { stage: 'lost' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const repriced = await staff.patch(`/v1/consultations/${created.id}`, { estimatedValue: { amount: '690.00', currency: 'CNY' } });
    expect(repriced.json()).toMatchObject({ stage: 'negotiating', estimatedValueUsd: '100.00', version: 3 });
    const cleared = await staff.patch(`/v1/consultations/${created.id}`, { estimatedValue: null, notes: 'follow up by email' });
    expect(cleared.json()).toMatchObject({ estimatedValue: null, estimatedValueUsd: null, exchangeRate: null, notes: 'follow up by email' });
    const nullStage = await staff.patch(`/v1/consultations/${created.id}`, { stage: null });
    expect(nullStage.statusCode).toBe(400);
  });

  it('marks the fair stale in the same transaction as every write', async () => {
    const marks = await outcomeChanges(test, fair.id);
    const created = (await staff.post('/v1/consultations', minimal())).json();
    expect(await outcomeChanges(test, fair.id)).toBe(marks + 1);
    await staff.patch(`/v1/consultations/${created.id}`, { stage: 'won' });
    expect(await outcomeChanges(test, fair.id)).toBe(marks + 2);
    await staff.delete(`/v1/consultations/${created.id}`);
    expect(await outcomeChanges(test, fair.id)).toBe(marks + 3);
    await staff.post('/v1/consultations', minimal({ stage: 'nonsense' }));
    expect(await outcomeChanges(test, fair.id)).toBe(marks + 3);
  });

  it('soft-deletes: the row leaves reads and lists but stays in the table', async () => {
    const created = (await staff.post('/v1/consultations', minimal())).json();
    expect((await staff.delete(`/v1/consultations/${created.id}`)).statusCode).toBe(204);
    expect((await staff.get(`/v1/consultations/${created.id}`)).statusCode).toBe(404);
    expect(await allIds(staff, `/v1/consultations?fairId=${fair.id}&limit=500`)).not.toContain(created.id);
    const row = await test.db.query('SELECT deleted_at FROM consultations WHERE id = $1', [created.id]);
    expect(row.rows[0].deleted_at).not.toBeNull();
  });

  describe('lists', () => {
    let otherFair: FairRow;
    let otherCompany: string;
    let buyerId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      otherFair = await insertFair(test, a.id, { name: 'KIMES 2017', series: 'kimes', startsOn: '2017-03-16', endsOn: '2017-03-19', timezone: 'Asia/Seoul', country: 'KR' });
      otherCompany = await insertExhibitor(test, a.id, otherFair.id);
      buyerId = await insertBuyer(test, a.id, 'AE');
      const post = async (name: string, body: object) => {
        const response = await staff.post('/v1/consultations', body);
        expect(response.statusCode).toBe(201);
        ids[name] = response.json().id;
      };
      await post('kimesInterpreted', { fairId: otherFair.id, companyId: otherCompany, buyerCountry: 'JP', occurredAt: '2017-03-17T01:00:00Z', type: 'interpreted' });
      await post('kimesWon', { fairId: otherFair.id, companyId: otherCompany, buyerId, occurredAt: '2017-03-18T23:30:00Z', stage: 'won' });
    });

    const listed = async (query: string) => {
      const page = await staff.get(`/v1/consultations?${query}&limit=500`);
      expect(page.statusCode).toBe(200);
      return page.json().data.map((c: { id: string }) => c.id) as string[];
    };

    it('filters by fair, company, buyer, country, stage, type and local date range', async () => {
      expect((await listed(`fairId=${otherFair.id}`)).sort()).toEqual([ids.kimesInterpreted, ids.kimesWon].sort());
      expect((await listed(`companyId=${otherCompany}`)).sort()).toEqual([ids.kimesInterpreted, ids.kimesWon].sort());
      expect(await listed(`buyerId=${buyerId}`)).toEqual([ids.kimesWon]);
      expect(await listed(`country=ae&fairId=${otherFair.id}`)).toEqual([ids.kimesWon]);
      expect(await listed(`stage=won&fairId=${otherFair.id}`)).toEqual([ids.kimesWon]);
      expect(await listed(`type=interpreted`)).toEqual([ids.kimesInterpreted]);
      // 2017-03-18T23:30Z is 19 March in Seoul: dates filter on the fair-local date.
      expect(await listed(`fairId=${otherFair.id}&from=2017-03-19&to=2017-03-19`)).toEqual([ids.kimesWon]);
      expect(await listed(`fairId=${otherFair.id}&to=2017-03-18T00:00:00Z`)).toEqual([ids.kimesInterpreted]);
    });

    it('pages through everything in creation order', async () => {
      const paged = await allIds(staff, '/v1/consultations?limit=3');
      const direct = await test.db.query('SELECT id FROM consultations WHERE agency_id = $1 AND deleted_at IS NULL ORDER BY created_at, id', [a.id]);
      expect(paged).toEqual(direct.rows.map((r) => r.id));
    });

    it('rejects bad filters with a 400 naming them', async () => {
      for (const [query, field] of [['fairId=x', 'fairId'], ['stage=done', 'stage'], ['from=May', 'from'], ['limit=501', 'limit'], ['country=ZZZ', 'country']]) {
        const response = await staff.get(`/v1/consultations?${query}`);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].field).toBe(field);
      }
    });
  });

  it("keeps consultations within the agency: 404 on another's ids, none in its lists", async () => {
    const created = (await staff.post('/v1/consultations', minimal())).json();
    const other = client(test, b.admin.token);
    expect((await other.get(`/v1/consultations/${created.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/v1/consultations/${created.id}`, { stage: 'lost' })).statusCode).toBe(404);
    expect((await other.delete(`/v1/consultations/${created.id}`)).statusCode).toBe(404);
    expect(await allIds(other, '/v1/consultations?limit=500')).toEqual([]);
    expect(await allIds(other, `/v1/consultations?fairId=${fair.id}`)).toEqual([]);
    const row = await test.db.query('SELECT stage, deleted_at FROM consultations WHERE id = $1', [created.id]);
    expect(row.rows[0]).toEqual({ stage: 'consulted', deleted_at: null });
  });

  it('records a lead rating, a next step and a follow-up due date, filters on them and refuses bad values naming the field', async () => {
    const hot = await staff.post('/v1/consultations', minimal({ rating: 'hot', nextStep: '  Send the CE certificate  ', followUpDue: '2017-06-15' }));
    expect(hot.statusCode).toBe(201);
    expect(hot.json()).toMatchObject({ rating: 'hot', nextStep: 'Send the CE certificate', followUpDue: '2017-06-15' });
    const plain = (await staff.post('/v1/consultations', minimal())).json();
    expect(plain).toMatchObject({ rating: null, nextStep: null, followUpDue: null });
    const cooled = await staff.patch(`/v1/consultations/${hot.json().id}`, { rating: 'cold', followUpDue: null });
    expect(cooled.json()).toMatchObject({ rating: 'cold', followUpDue: null, nextStep: 'Send the CE certificate' });
    const events = await test.db.query<{ changed_fields: string[] }>(`SELECT changed_fields FROM change_events WHERE record_id = $1 AND type = 'consultation.updated'`, [hot.json().id]);
    expect(events.rows[0].changed_fields.sort()).toEqual(['followUpDue', 'rating']);
    const warm = (await staff.post('/v1/consultations', minimal({ rating: 'warm', followUpDue: '2017-05-30' }))).json();

    const listed = async (query: string) => (await staff.get(`/v1/consultations?fairId=${fair.id}&${query}&limit=500`)).json().data.map((c: { id: string }) => c.id);
    expect(await listed('rating=cold')).toEqual([hot.json().id]);
    expect(await listed('rating=warm')).toEqual([warm.id]);
    expect(await listed('followUpDueBy=2017-06-01')).toEqual([warm.id]);
    for (const [body, field] of [
      [{ rating: 'lukewarm' }, 'rating'],
      [{ followUpDue: '15/06/2017' }, 'followUpDue'],
      [{ nextStep: 'x'.repeat(2001) }, 'nextStep'],
      [{ type: 'phone' }, 'type'],
    ] as const) {
      const before = await countRows(test, 'consultations');
      const refused = await staff.post('/v1/consultations', minimal(body));
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await countRows(test, 'consultations')).toBe(before);
    }
    for (const [query, field] of [['rating=great', 'rating'], ['followUpDueBy=June', 'followUpDueBy']]) {
      const bad = await staff.get(`/v1/consultations?${query}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe(field);
    }
  });

  it('takes video consultations after the fair only, attributed to the fair, priced at their own date', async () => {
    const video = await staff.post('/v1/consultations', minimal({ type: 'video', occurredAt: '2017-08-01T02:00:00Z', estimatedValue: { amount: '1130000', currency: 'KRW' } }));
    expect(video.statusCode).toBe(201);
    expect(video.json()).toMatchObject({ type: 'video', fairId: fair.id, localDate: '2017-08-01', interpreterUsed: false, estimatedValueUsd: '1004.44' });
    // The day after the fair's last day (19 May, Shanghai) is the first a video consultation may have.
    expect((await staff.post('/v1/consultations', minimal({ type: 'video', occurredAt: '2017-05-18T16:00:00Z' }))).statusCode).toBe(201);
    const during = await staff.post('/v1/consultations', minimal({ type: 'video', occurredAt: '2017-05-18T15:59:00Z' }));
    expect(during.statusCode).toBe(422);
    expect(during.json().errors[0].field).toBe('occurredAt');
    // A booth consultation may not be retyped as video while it lies within the fair, and back.
    const booth = (await staff.post('/v1/consultations', minimal())).json();
    const retyped = await staff.patch(`/v1/consultations/${booth.id}`, { type: 'video' });
    expect(retyped.statusCode).toBe(422);
    expect(retyped.json().errors[0].field).toBe('type');
    const back = await staff.patch(`/v1/consultations/${video.json().id}`, { type: 'booth' });
    expect(back.statusCode).toBe(422);
    expect((await staff.get(`/v1/consultations?fairId=${fair.id}&type=video&limit=500`)).json().data).toHaveLength(2);
  });

  it('refuses a fair move that would put a video consultation inside the fair', async () => {
    const other = await insertFair(test, a.id, { name: 'MEDICA 2017', series: 'medica', startsOn: '2017-11-13', endsOn: '2017-11-16', timezone: 'Europe/Berlin', country: 'DE' });
    const exhibitor = await insertExhibitor(test, a.id, other.id);
    const created = await staff.post('/v1/consultations', { fairId: other.id, companyId: exhibitor, buyerCountry: 'DE', type: 'video', occurredAt: '2017-11-20T10:00:00Z' });
    expect(created.statusCode).toBe(201);
    const manager = client(test, a.manager.token);
    const moved = await manager.patch(`/v1/fairs/${other.id}`, { endsOn: '2017-11-21' });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().errors[0].field).toBe('endsOn');
    expect((await manager.patch(`/v1/fairs/${other.id}`, { endsOn: '2017-11-17' })).statusCode).toBe(200);
  });

  it('lets every role log consultations', async () => {
    for (const token of [a.staff.token, a.manager.token, a.admin.token]) {
      expect((await client(test, token).post('/v1/consultations', minimal())).statusCode).toBe(201);
    }
  });
});
