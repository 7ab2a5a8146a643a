// Does Fastify's schema-compiled serializer (fast-json-stringify) pay on the outcome read? Times
// JSON.stringify (Fastify's default without a response schema) against the serializer compiled from
// the route's schema (src/outcomes/dto/fair-outcome.schema.ts), on the bench's outcome (1 company,
// 1 country, 1 day) and a CMEF-sized one (7 companies, 14 countries, 4 days). Compare the difference
// with a request's CPU cost (BENCHMARKS.md).
//
//   node bench/serialize-outcome.js
import { isDeepStrictEqual } from 'node:util';
import fastJson from 'fast-json-stringify';

// The service's own schema (build first: `npm run build`).
const { FAIR_OUTCOME_SCHEMA: schema } = await import('../dist/src/outcomes/dto/fair-outcome.schema.js');

const cv = (n) => ({ count: n, valueUsd: `${n * 125000}.00` });
const m = (n) => ({ consultations: cv(n), contracts: { signed: cv(0), expected: cv(0) } });
function outcome(companies, countries, days) {
  return {
    fairId: '6f1e2b4c-0000-4000-8000-000000000000',
    fair: { name: 'CMEF 2017', series: 'cmef', year: 2017, country: 'CN', kind: 'trade_fair', startsOn: '2017-05-15', endsOn: '2017-05-18' },
    ...m(1000),
    companies,
    buyers: 0,
    countries,
    meetings: { requested: 0, held: 0, noShow: 0 },
    conversion: '0.0000',
    home: { currency: 'KRW', rate: '1130.000000', rateDate: '2017-05-01', consultationsValue: '141250000000.00', signedValue: '0.00', expectedValue: '0.00' },
    computedAt: '2026-12-06T19:00:00.000Z',
    stale: false,
    byCompany: Array.from({ length: companies }, (_, i) => ({ companyId: `6f1e2b4c-0000-4000-8000-00000000000${i}`, companyName: 'Wonju Medical Devices', companyLocalName: '원주메디칼', ...m(10), meetings: { requested: 0, held: 0, noShow: 0 } })),
    byCountry: Array.from({ length: countries }, (_, i) => ({ country: `V${String.fromCharCode(65 + i)}`, ...m(10) })),
    byDay: Array.from({ length: days }, (_, i) => ({ date: `2017-05-1${5 + i}`, ...m(10) })),
  };
}

const compiled = fastJson(schema);
const time = (fn, value, n) => {
  for (let i = 0; i < 20_000; i += 1) fn(value); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) fn(value);
  return Number(process.hrtime.bigint() - start) / n / 1000;
};
for (const [label, value] of [['bench outcome (1/1/1)', outcome(1, 1, 1)], ['CMEF-sized (7/14/4)', outcome(7, 14, 4)]]) {
  if (!isDeepStrictEqual(JSON.parse(compiled(value)), value)) throw new Error('the compiled serializer differs');
  const plain = time(JSON.stringify, value, 200_000);
  const fast = time(compiled, value, 200_000);
  console.log(`${label}: JSON.stringify ${plain.toFixed(2)} µs, fast-json-stringify ${fast.toFixed(2)} µs per answer (${(plain - fast).toFixed(2)} µs saved)`);
}
