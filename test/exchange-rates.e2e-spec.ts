import { allIds, client, type Client } from './support/http.js';
import { countRows } from './support/records.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('exchange rates', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let manager: Client;

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    manager = client(test, a.manager.token);
  });
  afterAll(() => test.close());

  it('creates, reads, lists with filters and deletes a rate', async () => {
    const created = await manager.post('/v1/exchange-rates', { currency: 'krw', date: '2017-05-01', unitsPerUsd: '1130.50' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ currency: 'KRW', date: '2017-05-01', unitsPerUsd: '1130.500000' });
    await manager.post('/v1/exchange-rates', { currency: 'CNY', date: '2017-05-01', unitsPerUsd: '6.9' });
    await manager.post('/v1/exchange-rates', { currency: 'KRW', date: '2017-06-01', unitsPerUsd: '1120' });

    const krw = (await manager.get('/v1/exchange-rates?currency=KRW')).json();
    expect(krw.data.map((r: { date: string }) => r.date)).toEqual(['2017-05-01', '2017-06-01']);
    const may = (await manager.get('/v1/exchange-rates?from=2017-05-01&to=2017-05-31')).json();
    expect(may.data.map((r: { currency: string }) => r.currency).sort()).toEqual(['CNY', 'KRW']);
    expect((await manager.get(`/v1/exchange-rates/${created.json().id}`)).statusCode).toBe(200);

    expect((await manager.delete(`/v1/exchange-rates/${created.json().id}`)).statusCode).toBe(204);
    expect((await manager.get(`/v1/exchange-rates/${created.json().id}`)).statusCode).toBe(404);
  });

  it('answers 409 to a second rate for the same currency and date', async () => {
    await manager.post('/v1/exchange-rates', { currency: 'JPY', date: '2017-01-01', unitsPerUsd: '115' });
    const again = await manager.post('/v1/exchange-rates', { currency: 'JPY', date: '2017-01-01', unitsPerUsd: '116' });
    expect(again.statusCode).toBe(409);
  });

  it.each([
    [{ currency: 'USD', date: '2017-01-01', unitsPerUsd: '1' }, 'currency'],
    [{ currency: 'XYZ', date: '2017-01-01', unitsPerUsd: '1' }, 'currency'],
    [{ currency: 'EUR', date: '2017-02-30', unitsPerUsd: '1' }, 'date'],
    [{ currency: 'EUR', date: '2017-01-01', unitsPerUsd: '0' }, 'unitsPerUsd'],
    [{ currency: 'EUR', date: '2017-01-01', unitsPerUsd: '-1.2' }, 'unitsPerUsd'],
    [{ currency: 'EUR', date: '2017-01-01', unitsPerUsd: '0.1234567' }, 'unitsPerUsd'],
    [{ currency: 'EUR', date: '2017-01-01', unitsPerUsd: 0.92 }, 'unitsPerUsd'],
  ])('rejects %j with a 400 naming %s and stores nothing', async (payload, field) => {
    const before = await countRows(test, 'exchange_rates');
    const response = await manager.post('/v1/exchange-rates', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await countRows(test, 'exchange_rates')).toBe(before);
  });

  it('lets staff read rates but not change them', async () => {
    const staff = client(test, a.staff.token);
    expect((await staff.get('/v1/exchange-rates')).statusCode).toBe(200);
    expect((await staff.post('/v1/exchange-rates', { currency: 'GBP', date: '2017-01-01', unitsPerUsd: '0.8' })).statusCode).toBe(403);
  });

  it("keeps each agency's rates to itself", async () => {
    const created = (await manager.post('/v1/exchange-rates', { currency: 'SGD', date: '2017-01-01', unitsPerUsd: '1.4' })).json();
    const other = client(test, b.admin.token);
    expect((await other.get(`/v1/exchange-rates/${created.id}`)).statusCode).toBe(404);
    expect((await other.delete(`/v1/exchange-rates/${created.id}`)).statusCode).toBe(404);
    expect(await allIds(other, '/v1/exchange-rates')).not.toContain(created.id);
    expect((await other.post('/v1/exchange-rates', { currency: 'SGD', date: '2017-01-01', unitsPerUsd: '1.3' })).statusCode).toBe(201);
  });
});
