import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import argon2 from 'argon2';
import fc from 'fast-check';
import type { CountValue, Funnel } from './support/funnel-source.js';
import { client, type Client } from './support/http.js';
import { propertySeeds } from './support/property-seeds.js';
import { insertBuyer, insertCompany } from './support/records.js';
import { nowSeconds, signToken } from './support/jwt.js';
import { startTestApp, TEST_JWT_SECRET, TEST_PASSWORD, type TestApp } from './support/test-app.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

/**
 * The guarantee of DESIGN "Outcome aggregation": after any sequence of writes, once the system is
 * quiet, every stored outcome and breakdown equals a direct GROUP BY over the source rows, exactly.
 *
 * fast-check generates a small world (2–3 fairs with their dates, time zones and exhibitors, each run
 * in an agency of its own) and up to 25 operations, all sent through the real HTTP API to the app and
 * the in-process worker: consultations and contracts created, edited (stage, status, value and
 * currency, time, signing date, company, buyer) and deleted; exhibitors added and removed; exchange
 * rates entered; a fair moved to another time zone. A BigInt reference model predicts every answer's
 * status code and every record's frozen USD value (amount ÷ the latest rate dated on or before the
 * record's date, half away from zero). Once quiet — at the end, and at generated checkpoints in
 * between — three views of each fair must be equal: the model, the API's stored outcome (totals, home
 * currency, by company, by country, by day, and the `GET /v1/outcomes` rollup), and a GROUP BY over
 * the source tables written here, independently of src/outcomes/outcome-sql.ts.
 *
 * It runs with the base seed, the regression seeds below and a random seed (printed), each
 * FC_RUNS=<n> runs (15); FC_TIME_LIMIT_MS is the time allowed per seed including shrinking (150 s).
 * PROPERTY_SEED=<seed> FC_PATH=<path>, as printed by fast-check, replay a failure.
 */

/**
 * Seeds that once failed, replayed on every run. 1548391696: a fair moved to Pacific/Auckland and an
 * empty `PATCH {}` of one of its consultations was expected to be a 422 because the consultation's new
 * fair-local day fell outside the fair's dates ± 1 day. The right answer: the move itself is refused
 * (422), since a stored consultation must stay within its fair, and a PATCH that does not send
 * `occurredAt` is not judged on the day again.
 */
const REGRESSION_SEEDS = [1548391696];

// ---------------------------------------------------------------------------------------------------
// The world every run starts from

/** Fairs start between 12 and 18 May 2017, inside the rate table below. */
const FAIR_BASE = '2017-05-12';
/** Seeded in every run's agency. KRW 1130.00 and CNY 6.8000 allow exact half cents; 1125.00 and 6.9000 do not. */
const SEED_RATES = [
  { currency: 'KRW', date: '2017-05-01', unitsPerUsd: '1130.00' },
  { currency: 'KRW', date: '2017-05-16', unitsPerUsd: '1125.00' },
  { currency: 'CNY', date: '2017-05-01', unitsPerUsd: '6.9000' },
  { currency: 'CNY', date: '2017-05-17', unitsPerUsd: '6.8000' },
] as const;
const COMPANY_NAMES = ['Company A', 'Company B', 'Company C', 'Company D'];
/** Linked buyers and their countries. */
const BUYER_COUNTRIES = ['VN', 'AE', 'CN'];
const COUNTRIES = ['CN', 'VN', 'AE', 'US', 'DE'] as const;
/** From UTC−10 to UTC+12 in May (no DST change during the fairs): fair-local days differ from UTC days. */
const ZONES = ['Asia/Seoul', 'Asia/Shanghai', 'Asia/Dubai', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Pacific/Honolulu'] as const;
const STAGES = ['consulted', 'follow_up', 'negotiating', 'won', 'lost'] as const;
const STATUSES = ['expected', 'provisional', 'signed', 'cancelled'] as const;
const CURRENCIES = ['USD', 'KRW', 'CNY'] as const;
const RATINGS = ['hot', 'warm', 'cold'] as const;
type Rating = (typeof RATINGS)[number];

type Currency = (typeof CURRENCIES)[number];
type Stage = (typeof STAGES)[number];
type Status = (typeof STATUSES)[number];

// ---------------------------------------------------------------------------------------------------
// Generated operations (indices into the run's fairs, companies, buyers and created records)

interface MoneyGen {
  cents: bigint;
  currency: Currency;
  /** Send "12.5" / "12" rather than "12.50" / "12.00". */
  short: boolean;
}
/** A buyer's country alone, or a linked buyer (whose country is used). */
type BuyerGen = { country: string } | { buyer: number };
/**
 * Fair-local wall time, `day` days from the fair's first day: −1 … 4 are clamped to the allowed range
 * (the fair's dates ± 1 day), −2 and 99 (the day after that range) lie outside it and answer 422.
 */
interface AtGen {
  day: number;
  minute: number;
  ms: number;
}
interface FairGen {
  start: number;
  days: number;
  timezone: string;
  exhibitors: number[];
}

type Op =
  | {
      kind: 'consult';
      fair: number;
      company: number;
      buyer: BuyerGen;
      at: AtGen;
      value: MoneyGen | null;
      stage: Stage;
      /** A video consultation after the fair: `at.day` counts from the fair's last day (≤ 0: refused). */
      video: boolean;
      rating: Rating | null;
    }
  | {
      kind: 'editConsultation';
      ref: number;
      change: { stage?: Stage; value?: MoneyGen | null; at?: AtGen; company?: number; buyer?: BuyerGen };
    }
  | { kind: 'deleteConsultation'; ref: number }
  | { kind: 'contract'; fair: number; company: number; buyer: BuyerGen; status: Status; signedOn: number | null; value: MoneyGen }
  | { kind: 'editContract'; ref: number; change: { status?: Status; signedOn?: number | null; value?: MoneyGen; company?: number; buyer?: BuyerGen } }
  | { kind: 'deleteContract'; ref: number }
  /** A shipment of contract `contract`, `day` days after its fair's first day (before the fair: 422). */
  | { kind: 'ship'; contract: number; day: number; value: MoneyGen }
  | { kind: 'editShipment'; ref: number; change: { day?: number; value?: MoneyGen } }
  | { kind: 'deleteShipment'; ref: number }
  | { kind: 'join'; fair: number; company: number }
  | { kind: 'leave'; fair: number; company: number }
  | { kind: 'rate'; currency: 'KRW' | 'CNY'; day: number; unitsPerUsd: string }
  | { kind: 'moveFair'; fair: number; timezone: string }
  /** Wait until quiet and check everything, mid-sequence: a write that forgets to mark its fair stale shows. */
  | { kind: 'quiet' };

interface Scenario {
  fairs: FairGen[];
  ops: Op[];
}

/**
 * Scenarios that once failed, run first with every seed. Seed 1548391696 shrunk: a consultation at
 * 05:00 on the day after a one-day fair in Honolulu (its last allowed day); moving the fair to Seoul or
 * Auckland would put it two days after the fair (422, the fair stays), then `PATCH {}` answers 200.
 */
const REGRESSION_SCENARIOS: Scenario[] = ['Asia/Seoul', 'Pacific/Auckland'].map((timezone) => ({
  fairs: [
    { start: 0, days: 1, timezone: 'Pacific/Honolulu', exhibitors: [1, 2] },
    { start: 0, days: 1, timezone: 'Asia/Seoul', exhibitors: [2, 3] },
  ],
  ops: [
    { kind: 'consult', fair: 0, company: 1, buyer: { country: 'CN' }, at: { day: 1, minute: 300, ms: 0 }, value: null, stage: 'consulted', video: false, rating: null },
    { kind: 'moveFair', fair: 0, timezone },
    { kind: 'editConsultation', ref: 0, change: {} },
    { kind: 'quiet' },
  ],
}));

/** fc.record without null-prototype objects, which print as `{__proto__:null,…}` in counterexamples. */
const record: typeof fc.record = (model, constraints) => fc.record(model, { noNullPrototype: true, ...constraints });

const centsArb = fc.oneof(
  fc.bigInt({ min: 0n, max: 99_999n }),
  fc.bigInt({ min: 0n, max: 1_000_000_000_000n }),
  fc.bigInt({ min: 0n, max: 100_000n }).map((k) => 565n + 1130n * k), // ÷ 1130.00 is exactly half a cent
  fc.bigInt({ min: 0n, max: 100_000n }).map((k) => 17n + 34n * k), // ÷ 6.8000 is exactly half a cent
);
const moneyArb: fc.Arbitrary<MoneyGen> = record({ cents: centsArb, currency: fc.constantFrom(...CURRENCIES), short: fc.boolean() });
const buyerArb: fc.Arbitrary<BuyerGen> = fc.oneof(
  record({ country: fc.constantFrom(...COUNTRIES) }),
  record({ buyer: fc.integer({ min: 0, max: BUYER_COUNTRIES.length - 1 }) }),
);
const atArb: fc.Arbitrary<AtGen> = record({
  day: fc.oneof({ arbitrary: fc.integer({ min: -1, max: 4 }), weight: 8 }, { arbitrary: fc.constantFrom(-2, 99), weight: 1 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  ms: fc.integer({ min: 0, max: 59_999 }),
});
const fairRef = fc.integer({ min: 0, max: 2 });
const companyRef = fc.integer({ min: 0, max: COMPANY_NAMES.length - 1 });
const recordRef = fc.nat({ max: 40 });
/** Signing day, in days from the fair's first day: before, during and weeks after it. */
const signedOnArb = fc.integer({ min: -3, max: 12 });
/** Shipping day, in days from the fair's first day: a few before it (refused), then up to 14 months after. */
const shippedOnArb = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.integer({ min: 41, max: 430 }));

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: record({
      kind: fc.constant('consult' as const),
      fair: fairRef,
      company: companyRef,
      buyer: buyerArb,
      at: atArb,
      value: fc.option(moneyArb, { nil: null, freq: 4 }),
      stage: fc.constantFrom(...STAGES),
      video: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      rating: fc.option(fc.constantFrom(...RATINGS), { nil: null, freq: 2 }),
    }),
  },
  {
    weight: 3,
    arbitrary: record({
      kind: fc.constant('editConsultation' as const),
      ref: recordRef,
      change: record(
        { stage: fc.constantFrom(...STAGES), value: fc.option(moneyArb, { nil: null, freq: 3 }), at: atArb, company: companyRef, buyer: buyerArb },
        { requiredKeys: [] },
      ),
    }),
  },
  { weight: 1, arbitrary: record({ kind: fc.constant('deleteConsultation' as const), ref: recordRef }) },
  {
    weight: 4,
    arbitrary: record({
      kind: fc.constant('contract' as const),
      fair: fairRef,
      company: companyRef,
      buyer: buyerArb,
      status: fc.constantFrom(...STATUSES),
      signedOn: fc.option(signedOnArb, { nil: null, freq: 4 }),
      value: moneyArb,
    }),
  },
  {
    weight: 3,
    arbitrary: record({
      kind: fc.constant('editContract' as const),
      ref: recordRef,
      change: record(
        {
          status: fc.constantFrom(...STATUSES),
          signedOn: fc.option(signedOnArb, { nil: null, freq: 5 }),
          value: moneyArb,
          company: companyRef,
          buyer: buyerArb,
        },
        { requiredKeys: [] },
      ),
    }),
  },
  { weight: 1, arbitrary: record({ kind: fc.constant('deleteContract' as const), ref: recordRef }) },
  { weight: 3, arbitrary: record({ kind: fc.constant('ship' as const), contract: recordRef, day: shippedOnArb, value: moneyArb }) },
  {
    weight: 1,
    arbitrary: record({
      kind: fc.constant('editShipment' as const),
      ref: recordRef,
      change: record({ day: shippedOnArb, value: moneyArb }, { requiredKeys: [] }),
    }),
  },
  { weight: 1, arbitrary: record({ kind: fc.constant('deleteShipment' as const), ref: recordRef }) },
  { weight: 1, arbitrary: record({ kind: fc.constant('join' as const), fair: fairRef, company: companyRef }) },
  { weight: 1, arbitrary: record({ kind: fc.constant('leave' as const), fair: fairRef, company: companyRef }) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      record({
        kind: fc.constant('rate' as const),
        currency: fc.constant('CNY' as const),
        day: fc.integer({ min: -2, max: 14 }),
        unitsPerUsd: fc.constantFrom('6.85', '7.1', '6.912345'),
      }),
      // KRW is the home currency: a KRW rate dated on or before a fair's first day changes the rate
      // pinned for that fair, so entering one must mark those fairs stale.
      record({
        kind: fc.constant('rate' as const),
        currency: fc.constant('KRW' as const),
        day: fc.integer({ min: -2, max: 14 }),
        unitsPerUsd: fc.constantFrom('1128.50', '1140.00', '1099.999999'),
      }),
    ),
  },
  { weight: 2, arbitrary: record({ kind: fc.constant('moveFair' as const), fair: fairRef, timezone: fc.constantFrom(...ZONES) }) },
  { weight: 2, arbitrary: record({ kind: fc.constant('quiet' as const) }) },
);

const scenarioArb: fc.Arbitrary<Scenario> = record({
  fairs: fc.array(
    record({
      start: fc.integer({ min: 0, max: 6 }),
      days: fc.integer({ min: 1, max: 4 }),
      timezone: fc.constantFrom(...ZONES),
      exhibitors: fc.subarray([0, 1, 2, 3], { minLength: 2 }),
    }),
    { minLength: 2, maxLength: 3 },
  ),
  // Sizes across the whole range, not fast-check's default bias towards short arrays.
  ops: fc.array(opArb, { maxLength: 25, size: 'max' }),
});

// ---------------------------------------------------------------------------------------------------
// Exact arithmetic, dates and time zones (written here, not imported from src/)

const formatCents = (cents: bigint): string => `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
const formatMicros = (micros: bigint): string => `${micros / 1_000_000n}.${(micros % 1_000_000n).toString().padStart(6, '0')}`;
const parseMicros = (rate: string): bigint => {
  const [integer, fraction = ''] = rate.split('.');
  return BigInt(integer + fraction.padEnd(6, '0'));
};
/** n ÷ d for n ≥ 0, d > 0, rounded half away from zero. */
const divideRounded = (n: bigint, d: bigint): bigint => (2n * (n % d) >= d ? n / d + 1n : n / d);

function amountText(money: MoneyGen): string {
  const text = formatCents(money.cents);
  return money.short ? text.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1') : text;
}

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

function wallClock(instant: number, timeZone: string): { date: string; asUtc: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const date = `${part('year')}-${String(part('month')).padStart(2, '0')}-${String(part('day')).padStart(2, '0')}`;
  return { date, asUtc: Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) };
}

/** Whole months from the fair's last day to `date` (PostgreSQL's age()); 0 up to then. */
function monthsSince(date: string, endsOn: string): number {
  if (date <= endsOn) return 0;
  const [y1, m1, d1] = endsOn.split('-').map(Number);
  const [y2, m2, d2] = date.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** The fair-local date of an instant. */
const localDateOf = (instant: number, timeZone: string): string => wallClock(instant, timeZone).date;

/** The instant at a fair-local wall time. */
function instantAt(date: string, minute: number, ms: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * 60_000 + ms;
  const offset = (at: number) => wallClock(at, timeZone).asUtc - Math.floor(at / 1000) * 1000;
  return wall - offset(wall - offset(wall));
}

// ---------------------------------------------------------------------------------------------------
// The reference model

interface Rate {
  date: string;
  micros: bigint;
}
interface Valued {
  value: MoneyGen | null;
  usd: bigint | null;
  rate: Rate | null;
}
interface FairModel {
  id: string;
  startsOn: string;
  endsOn: string;
  days: number;
  timezone: string;
  exhibitors: Set<number>;
}
interface ConsultationModel extends Valued {
  id: string;
  fair: number;
  company: number;
  buyer: number | null;
  country: string;
  occurredAt: number;
  localDate: string;
  stage: Stage;
  video: boolean;
  rating: Rating | null;
  deleted: boolean;
}
interface ContractModel extends Valued {
  id: string;
  fair: number;
  company: number;
  buyer: number | null;
  country: string;
  status: Status;
  signedOn: string | null;
  deleted: boolean;
}

interface ShipmentModel extends Valued {
  id: string;
  /** Index into the model's contracts. */
  contract: number;
  shippedOn: string;
  deleted: boolean;
}

interface Agency {
  id: string;
  staff: Client;
  manager: Client;
  companies: string[];
  buyers: string[];
}

class Model {
  readonly fairs: FairModel[] = [];
  readonly consultations: ConsultationModel[] = [];
  readonly contracts: ContractModel[] = [];
  readonly shipments: ShipmentModel[] = [];
  readonly rates = new Map<string, Rate[]>();
  readonly trace: string[] = [];

  constructor(readonly agency: Agency) {}

  addRate(currency: string, date: string, unitsPerUsd: string): void {
    this.rates.set(currency, [...(this.rates.get(currency) ?? []), { date, micros: parseMicros(unitsPerUsd) }]);
  }

  hasRate(currency: string, date: string): boolean {
    return (this.rates.get(currency) ?? []).some((rate) => rate.date === date);
  }

  /** The latest rate dated on or before `date`. */
  rateOn(currency: string, date: string): Rate | null {
    const usable = (this.rates.get(currency) ?? []).filter((rate) => rate.date <= date);
    return usable.reduce<Rate | null>((best, rate) => (best === null || rate.date > best.date ? rate : best), null);
  }

  /** amount·100 ÷ unitsPerUsd in cents = amountCents·10^6 ÷ rateMicros, half away from zero. */
  valued(value: MoneyGen | null, date: string): Valued {
    if (value === null) return { value, usd: null, rate: null };
    if (value.currency === 'USD') return { value, usd: value.cents, rate: null };
    const rate = this.rateOn(value.currency, date);
    if (rate === null) throw new Error(`the model has no ${value.currency} rate on ${date}: the generators should not allow this`);
    return { value, usd: divideRounded(value.cents * 1_000_000n, rate.micros), rate };
  }

  exhibits(fair: number, company: number): boolean {
    return this.fairs[fair].exhibitors.has(company);
  }

  /** Within the fair's dates ± 1 day; a video consultation: after the fair's last day. */
  allowedDay(fair: FairModel, date: string, video = false): boolean {
    if (video) return date > fair.endsOn;
    return date >= addDays(fair.startsOn, -1) && date <= addDays(fair.endsOn, 1);
  }

  liveRecordsOf(fair: number, company: number): boolean {
    const at = (r: { fair: number; company: number; deleted: boolean }) => r.fair === fair && r.company === company && !r.deleted;
    return this.consultations.some(at) || this.contracts.some(at);
  }

  /** Signed during the fair's dates, as the API decides when no `onSite` is sent; null without a date. */
  onSite(k: ContractModel): boolean | null {
    const fair = this.fairs[k.fair];
    return k.signedOn === null ? null : k.signedOn >= fair.startsOn && k.signedOn <= fair.endsOn;
  }

  liveShipmentsOf(contract: number): boolean {
    return this.shipments.some((s) => s.contract === contract && !s.deleted);
  }

  buyerOf(gen: BuyerGen): { buyer: number | null; country: string } {
    return 'buyer' in gen ? { buyer: gen.buyer, country: BUYER_COUNTRIES[gen.buyer] } : { buyer: null, country: gen.country };
  }
}

// ---------------------------------------------------------------------------------------------------
// The views compared: model, API, SQL

interface Measures {
  consultations: CountValue;
  contracts: { signed: CountValue; expected: CountValue };
}
interface Totals extends Measures {
  companies: number;
  buyers: number;
  countries: number;
}
interface Home {
  currency: string;
  rate: string | null;
  rateDate: string | null;
  consultationsValue: string | null;
  signedValue: string | null;
  expectedValue: string | null;
}
interface MonthView {
  month: number;
  signed: CountValue;
  shipped: CountValue;
  signedToDate: CountValue;
  shippedToDate: CountValue;
}
interface FairView {
  totals: Totals;
  funnel: Funnel;
  home: Home;
  byCompany: (Measures & { companyId: string; companyName: string; funnel: Funnel })[];
  byCountry: (Measures & { country: string })[];
  byDay: (Measures & { date: string })[];
  byMonth: MonthView[];
}

class Tally {
  cc = 0;
  cv = 0n;
  sc = 0;
  sv = 0n;
  ec = 0;
  ev = 0n;

  // The funnel: consultations after the fair and hot leads, provisional, signed later, shipped.
  ca = 0;
  cav = 0n;
  hot = 0;
  pc = 0;
  pv = 0n;
  lc = 0;
  lv = 0n;
  hc = 0;
  hv = 0n;

  measures(): Measures {
    return {
      consultations: { count: this.cc, valueUsd: formatCents(this.cv) },
      contracts: { signed: { count: this.sc, valueUsd: formatCents(this.sv) }, expected: { count: this.ec, valueUsd: formatCents(this.ev) } },
    };
  }

  funnel(): Funnel {
    const cv = (count: number, cents: bigint): CountValue => ({ count, valueUsd: formatCents(cents) });
    return {
      consultations: { onSite: cv(this.cc - this.ca, this.cv - this.cav), after: cv(this.ca, this.cav) },
      hotLeads: this.hot,
      expected: cv(this.ec, this.ev),
      provisional: cv(this.pc, this.pv),
      signed: { onSite: cv(this.sc - this.lc, this.sv - this.lv), later: cv(this.lc, this.lv) },
      shipped: cv(this.hc, this.hv),
    };
  }
}

function tallyIn<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  return tally;
}

const HOME_CURRENCY = 'KRW';

/** What the stored outcome of fair `index` must be, derived from the model's live records. */
function modelView(model: Model, index: number): FairView {
  const fair = model.fairs[index];
  const total = new Tally();
  const byCompany = new Map<number, Tally>();
  const byCountry = new Map<string, Tally>();
  const byDay = new Map<string, Tally>();
  const buyers = new Set<number>();
  const countries = new Set<string>();
  for (const company of fair.exhibitors) tallyIn(byCompany, company);
  for (const c of model.consultations.filter((r) => r.fair === index && !r.deleted)) {
    for (const tally of [total, tallyIn(byCompany, c.company), tallyIn(byCountry, c.country), tallyIn(byDay, c.localDate)]) {
      tally.cc += 1;
      tally.cv += c.usd ?? 0n;
    }
    for (const tally of [total, tallyIn(byCompany, c.company)]) {
      if (c.video) {
        tally.ca += 1;
        tally.cav += c.usd ?? 0n;
      }
      if (c.rating === 'hot') tally.hot += 1;
    }
    if (c.buyer !== null) buyers.add(c.buyer);
    countries.add(c.country);
  }
  for (const k of model.contracts.filter((r) => r.fair === index && !r.deleted && r.status !== 'cancelled')) {
    const tallies = [total, tallyIn(byCompany, k.company), tallyIn(byCountry, k.country)];
    if (k.status === 'signed' && k.signedOn !== null) tallies.push(tallyIn(byDay, k.signedOn));
    for (const tally of tallies) {
      if (k.status === 'signed') {
        tally.sc += 1;
        tally.sv += k.usd ?? 0n;
      } else if (k.status === 'expected') {
        tally.ec += 1;
        tally.ev += k.usd ?? 0n;
      }
    }
    // The funnel is kept per fair and per company.
    for (const tally of [total, tallyIn(byCompany, k.company)]) {
      if (k.status === 'provisional') {
        tally.pc += 1;
        tally.pv += k.usd ?? 0n;
      } else if (k.status === 'signed' && model.onSite(k) === false) {
        tally.lc += 1;
        tally.lv += k.usd ?? 0n;
      }
    }
    if (k.buyer !== null) buyers.add(k.buyer);
    countries.add(k.country);
  }
  // Signings and shipments by month since the fair; shipments count toward their contract's company.
  const months = new Map<number, { sc: number; sv: bigint; hc: number; hv: bigint }>();
  const monthOf = (date: string) => {
    const month = monthsSince(date, fair.endsOn);
    let entry = months.get(month);
    if (!entry) months.set(month, (entry = { sc: 0, sv: 0n, hc: 0, hv: 0n }));
    return entry;
  };
  for (const k of model.contracts.filter((r) => r.fair === index && !r.deleted && r.status === 'signed' && r.signedOn !== null)) {
    const entry = monthOf(k.signedOn as string);
    entry.sc += 1;
    entry.sv += k.usd ?? 0n;
  }
  for (const shipment of model.shipments.filter((r) => !r.deleted && model.contracts[r.contract].fair === index)) {
    const k = model.contracts[shipment.contract];
    for (const tally of [total, tallyIn(byCompany, k.company)]) {
      tally.hc += 1;
      tally.hv += shipment.usd ?? 0n;
    }
    const entry = monthOf(shipment.shippedOn);
    entry.hc += 1;
    entry.hv += shipment.usd ?? 0n;
  }
  const byMonth: MonthView[] = [];
  const toDate = { sc: 0, sv: 0n, hc: 0, hv: 0n };
  const last = Math.max(-1, ...months.keys());
  for (let month = 0; month <= last; month += 1) {
    const entry = months.get(month) ?? { sc: 0, sv: 0n, hc: 0, hv: 0n };
    toDate.sc += entry.sc;
    toDate.sv += entry.sv;
    toDate.hc += entry.hc;
    toDate.hv += entry.hv;
    byMonth.push({
      month,
      signed: { count: entry.sc, valueUsd: formatCents(entry.sv) },
      shipped: { count: entry.hc, valueUsd: formatCents(entry.hv) },
      signedToDate: { count: toDate.sc, valueUsd: formatCents(toDate.sv) },
      shippedToDate: { count: toDate.hc, valueUsd: formatCents(toDate.hv) },
    });
  }
  const homeRate = model.rateOn(HOME_CURRENCY, fair.startsOn);
  const inHome = (usd: bigint) => (homeRate === null ? null : formatCents(divideRounded(usd * homeRate.micros, 1_000_000n)));
  return {
    totals: { ...total.measures(), companies: fair.exhibitors.size, buyers: buyers.size, countries: countries.size },
    funnel: total.funnel(),
    home: {
      currency: HOME_CURRENCY,
      rate: homeRate === null ? null : formatMicros(homeRate.micros),
      rateDate: homeRate?.date ?? null,
      consultationsValue: inHome(total.cv),
      signedValue: inHome(total.sv),
      expectedValue: inHome(total.ev),
    },
    byCompany: [...byCompany.entries()]
      .map(([company, tally]) => ({
        companyId: model.agency.companies[company],
        companyName: COMPANY_NAMES[company],
        ...tally.measures(),
        funnel: tally.funnel(),
      }))
      .sort((x, y) => x.companyName.localeCompare(y.companyName)),
    byCountry: [...byCountry.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([country, tally]) => ({ country, ...tally.measures() })),
    byDay: [...byDay.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([date, tally]) => ({ date, ...tally.measures() })),
    byMonth,
  };
}

/** The home block without the funnel's home values (checked in outcomes.e2e-spec). */
const homeOf = (home: Home & { funnel?: unknown }): Home => ({
  currency: home.currency,
  rate: home.rate,
  rateDate: home.rateDate,
  consultationsValue: home.consultationsValue,
  signedValue: home.signedValue,
  expectedValue: home.expectedValue,
});
const measuresOf = (row: Measures): Measures => ({ consultations: row.consultations, contracts: row.contracts });
const totalsOf = (row: Totals): Totals => ({ ...measuresOf(row), companies: row.companies, buyers: row.buyers, countries: row.countries });

/** The stored outcome as `GET /v1/fairs/{id}/outcomes` returns it. */
async function apiView(model: Model, fairId: string): Promise<FairView> {
  const response = await model.agency.manager.get(`/v1/fairs/${fairId}/outcomes`);
  if (response.statusCode !== 200) throw new Error(`GET outcomes of ${fairId}: ${response.statusCode} ${response.body}`);
  const body = response.json();
  if (body.stale !== false || body.computedAt === null) throw new Error(`quiet, yet the outcome of ${fairId} reads stale=${body.stale} computedAt=${body.computedAt}`);
  return {
    totals: totalsOf(body),
    funnel: body.funnel,
    home: homeOf(body.home),
    byCompany: body.byCompany.map((row: Measures & { companyId: string; companyName: string; funnel: Funnel }) => ({
      companyId: row.companyId,
      companyName: row.companyName,
      ...measuresOf(row),
      funnel: row.funnel,
    })),
    byCountry: body.byCountry.map((row: Measures & { country: string }) => ({ country: row.country, ...measuresOf(row) })),
    byDay: body.byDay.map((row: Measures & { date: string }) => ({ date: row.date, ...measuresOf(row) })),
    byMonth: body.byMonth,
  };
}

/** The live facts of one fair ($1 agency, $2 fair): consultations, and contracts that count (signed, expected). */
const FACTS = `
  SELECT 'consultation' AS kind, company_id, buyer_id, buyer_country AS country, local_date AS day,
         coalesce(estimated_usd, 0) AS usd
    FROM consultations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL
  UNION ALL
  SELECT status, company_id, buyer_id, buyer_country, signed_on, value_usd
    FROM contracts WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL AND status IN ('signed', 'expected', 'provisional')`;
const SQL_MEASURES = `
  count(*) FILTER (WHERE f.kind = 'consultation')::int AS cc,
  coalesce(sum(f.usd) FILTER (WHERE f.kind = 'consultation'), 0)::numeric(24,2)::text AS cv,
  count(*) FILTER (WHERE f.kind = 'signed')::int AS sc,
  coalesce(sum(f.usd) FILTER (WHERE f.kind = 'signed'), 0)::numeric(24,2)::text AS sv,
  count(*) FILTER (WHERE f.kind = 'expected')::int AS ec,
  coalesce(sum(f.usd) FILTER (WHERE f.kind = 'expected'), 0)::numeric(24,2)::text AS ev`;

interface SqlMeasures {
  cc: number;
  cv: string;
  sc: number;
  sv: string;
  ec: number;
  ev: string;
}
const fromSql = (row: SqlMeasures): Measures => ({
  consultations: { count: row.cc, valueUsd: row.cv },
  contracts: { signed: { count: row.sc, valueUsd: row.sv }, expected: { count: row.ec, valueUsd: row.ev } },
});

/**
 * The funnel's live facts of one fair ($1 agency, $2 fair), each with its company: consultations on
 * site or after (video), hot or not; contracts by status, signed ones on site or later; shipments of
 * live contracts, by the contract's company.
 */
const FUNNEL_FACTS = `
  SELECT company_id, CASE WHEN type = 'video' THEN 'after' ELSE 'on_site' END AS kind, coalesce(estimated_usd, 0) AS usd,
         coalesce(rating = 'hot', false) AS hot
    FROM consultations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL
  UNION ALL
  SELECT company_id, CASE WHEN status = 'signed' AND on_site = false THEN 'later' ELSE status END, value_usd, false
    FROM contracts WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL AND status <> 'cancelled'
  UNION ALL
  SELECT k.company_id, 'shipped', s.value_usd, false
    FROM shipments s JOIN contracts k ON k.agency_id = s.agency_id AND k.id = s.contract_id AND k.deleted_at IS NULL
   WHERE s.agency_id = $1 AND s.fair_id = $2 AND s.deleted_at IS NULL`;
const funnelPart = (name: string, kinds: string) => `
  count(*) FILTER (WHERE f.kind IN (${kinds}))::int AS ${name}_n,
  coalesce(sum(f.usd) FILTER (WHERE f.kind IN (${kinds})), 0)::numeric(24,2)::text AS ${name}_v`;
const SQL_FUNNEL = [
  funnelPart('on_site', "'on_site'"),
  funnelPart('after', "'after'"),
  funnelPart('expected', "'expected'"),
  funnelPart('provisional', "'provisional'"),
  funnelPart('signed_on_site', "'signed'"),
  funnelPart('later', "'later'"),
  funnelPart('shipped', "'shipped'"),
  'count(*) FILTER (WHERE f.hot)::int AS hot',
].join(',');
type FunnelPartName = 'on_site' | 'after' | 'expected' | 'provisional' | 'signed_on_site' | 'later' | 'shipped';
type FunnelSql = { [K in FunnelPartName as `${K}_n`]: number } & { [K in FunnelPartName as `${K}_v`]: string } & { hot: number };
const funnelFromSql = (row: FunnelSql): Funnel => {
  const part = (name: FunnelPartName): CountValue => ({ count: row[`${name}_n`], valueUsd: row[`${name}_v`] });
  return {
    consultations: { onSite: part('on_site'), after: part('after') },
    hotLeads: row.hot,
    expected: part('expected'),
    provisional: part('provisional'),
    signed: { onSite: part('signed_on_site'), later: part('later') },
    shipped: part('shipped'),
  };
};
const ZERO = { count: 0, valueUsd: '0.00' };
const ZERO_FUNNEL: Funnel = {
  consultations: { onSite: ZERO, after: ZERO },
  hotLeads: 0,
  expected: ZERO,
  provisional: ZERO,
  signed: { onSite: ZERO, later: ZERO },
  shipped: ZERO,
};
/** Signed contracts and shipments by whole months since the fair's last day, every month from 0 to the last. */
const MONTHS_SQL = `
  WITH events AS (
    SELECT 'signed' AS kind, value_usd AS usd, signed_on AS day FROM contracts
     WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL AND status = 'signed'
    UNION ALL
    SELECT 'shipped', s.value_usd, s.shipped_on
      FROM shipments s JOIN contracts k ON k.agency_id = s.agency_id AND k.id = s.contract_id AND k.deleted_at IS NULL
     WHERE s.agency_id = $1 AND s.fair_id = $2 AND s.deleted_at IS NULL),
  dated AS (
    SELECT e.kind, e.usd, CASE WHEN e.day <= fa.ends_on THEN 0
                               ELSE (extract(year FROM age(e.day, fa.ends_on)) * 12 + extract(month FROM age(e.day, fa.ends_on)))::int END AS month
      FROM events e, fairs fa WHERE fa.agency_id = $1 AND fa.id = $2)
  SELECT n.month, count(d.kind) FILTER (WHERE d.kind = 'signed')::int AS sc,
         coalesce(sum(d.usd) FILTER (WHERE d.kind = 'signed'), 0)::numeric(24,2)::text AS sv,
         count(d.kind) FILTER (WHERE d.kind = 'shipped')::int AS hc,
         coalesce(sum(d.usd) FILTER (WHERE d.kind = 'shipped'), 0)::numeric(24,2)::text AS hv
    FROM generate_series(0, (SELECT max(month) FROM dated)) AS n(month) LEFT JOIN dated d ON d.month = n.month
   GROUP BY n.month ORDER BY n.month`;

/** A direct GROUP BY over the source tables: the outcome the worker must have stored. */
async function sqlView(test: TestApp, agencyId: string, fairId: string): Promise<FairView> {
  const params = [agencyId, fairId];
  const [totals] = (
    await test.db.query<
      SqlMeasures & { companies: number; buyers: number; countries: number; currency: string; rate: string | null; rate_date: string | null } & {
        hcv: string | null;
        hsv: string | null;
        hev: string | null;
      }
    >(
      `WITH t AS (
         SELECT ${SQL_MEASURES}, count(DISTINCT f.buyer_id)::int AS buyers, count(DISTINCT f.country)::int AS countries,
                (SELECT count(*)::int FROM participations p WHERE p.agency_id = $1 AND p.fair_id = $2 AND p.deleted_at IS NULL) AS companies
           FROM (${FACTS}) f)
       SELECT t.*, a.home_currency AS currency, r.units_per_usd::text AS rate, r.rate_date::text AS rate_date,
              round(t.cv::numeric * r.units_per_usd, 2)::text AS hcv, round(t.sv::numeric * r.units_per_usd, 2)::text AS hsv,
              round(t.ev::numeric * r.units_per_usd, 2)::text AS hev
         FROM t, fairs fa JOIN agencies a ON a.id = fa.agency_id
         LEFT JOIN LATERAL (SELECT units_per_usd, rate_date FROM exchange_rates x
                             WHERE x.agency_id = fa.agency_id AND x.currency = a.home_currency AND x.rate_date <= fa.starts_on
                             ORDER BY x.rate_date DESC LIMIT 1) r ON true
        WHERE fa.agency_id = $1 AND fa.id = $2`,
      params,
    )
  ).rows;
  const byCompany = await test.db.query<SqlMeasures & { key: string; name: string }>(
    `SELECT co.id AS key, co.name, ${SQL_MEASURES}
       FROM companies co LEFT JOIN (${FACTS}) f ON f.company_id = co.id
      WHERE co.agency_id = $1
        AND (co.id IN (SELECT company_id FROM participations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL)
             OR co.id IN (SELECT company_id FROM (${FACTS}) g)
             OR co.id IN (SELECT company_id FROM (${FUNNEL_FACTS}) h))
      GROUP BY co.id, co.name ORDER BY co.name, co.id`,
    params,
  );
  const byCountry = await test.db.query<SqlMeasures & { key: string }>(
    `SELECT f.country AS key, ${SQL_MEASURES} FROM (${FACTS}) f GROUP BY f.country ORDER BY f.country`,
    params,
  );
  const byDay = await test.db.query<SqlMeasures & { key: string }>(
    `SELECT f.day::text AS key, ${SQL_MEASURES} FROM (${FACTS}) f WHERE f.kind = ANY('{consultation,signed}') GROUP BY f.day ORDER BY f.day`,
    params,
  );
  const funnels = await test.db.query<FunnelSql & { company_id: string | null }>(
    `SELECT f.company_id, ${SQL_FUNNEL} FROM (${FUNNEL_FACTS}) f GROUP BY ROLLUP (f.company_id)`,
    params,
  );
  const funnelOf = (companyId: string | null): Funnel => {
    const row = funnels.rows.find((candidate) => candidate.company_id === companyId);
    return row ? funnelFromSql(row) : ZERO_FUNNEL;
  };
  const months = await test.db.query<{ month: number; sc: number; sv: string; hc: number; hv: string }>(MONTHS_SQL, params);
  const toDate = { sc: 0, sv: 0n, hc: 0, hv: 0n };
  const cents = (text: string) => BigInt(text.replace('.', ''));
  const byMonth = months.rows.map((row) => {
    toDate.sc += row.sc;
    toDate.sv += cents(row.sv);
    toDate.hc += row.hc;
    toDate.hv += cents(row.hv);
    return {
      month: row.month,
      signed: { count: row.sc, valueUsd: row.sv },
      shipped: { count: row.hc, valueUsd: row.hv },
      signedToDate: { count: toDate.sc, valueUsd: formatCents(toDate.sv) },
      shippedToDate: { count: toDate.hc, valueUsd: formatCents(toDate.hv) },
    };
  });
  return {
    totals: { ...fromSql(totals), companies: totals.companies, buyers: totals.buyers, countries: totals.countries },
    // The fair's funnel is ROLLUP's grand total row (company_id null): every live contract has a company.
    funnel: funnelOf(null),
    home: {
      currency: totals.currency,
      rate: totals.rate,
      rateDate: totals.rate_date,
      consultationsValue: totals.hcv,
      signedValue: totals.hsv,
      expectedValue: totals.hev,
    },
    byCompany: byCompany.rows.map((row) => ({ companyId: row.key, companyName: row.name, ...fromSql(row), funnel: funnelOf(row.key) })),
    byCountry: byCountry.rows.map((row) => ({ country: row.key, ...fromSql(row) })),
    byDay: byDay.rows.map((row) => ({ date: row.key, ...fromSql(row) })),
    byMonth,
  };
}

// ---------------------------------------------------------------------------------------------------
// Running one scenario

type Answer = Awaited<ReturnType<Client['get']>>;

const rateView = (rate: Rate | null) => (rate === null ? null : { unitsPerUsd: formatMicros(rate.micros), date: rate.date });
const moneyView = (money: MoneyGen | null) => (money === null ? null : { amount: formatCents(money.cents), currency: money.currency });
const moneyBody = (money: MoneyGen) => ({ amount: amountText(money), currency: money.currency });

/** A consultation as the API must show it. */
const consultationView = (model: Model, c: ConsultationModel) => ({
  id: c.id,
  fairId: model.fairs[c.fair].id,
  companyId: model.agency.companies[c.company],
  buyerId: c.buyer === null ? null : model.agency.buyers[c.buyer],
  buyerCountry: c.country,
  occurredAt: new Date(c.occurredAt).toISOString(),
  localDate: c.localDate,
  stage: c.stage,
  type: c.video ? 'video' : 'booth',
  rating: c.rating,
  estimatedValue: moneyView(c.value),
  estimatedValueUsd: c.usd === null ? null : formatCents(c.usd),
  exchangeRate: rateView(c.rate),
});
const consultationFromApi = (row: ReturnType<typeof consultationView>) => ({
  id: row.id,
  fairId: row.fairId,
  companyId: row.companyId,
  buyerId: row.buyerId,
  buyerCountry: row.buyerCountry,
  occurredAt: row.occurredAt,
  localDate: row.localDate,
  stage: row.stage,
  type: row.type,
  rating: row.rating,
  estimatedValue: row.estimatedValue,
  estimatedValueUsd: row.estimatedValueUsd,
  exchangeRate: row.exchangeRate,
});

/** A contract as the API must show it. */
const contractView = (model: Model, k: ContractModel) => ({
  id: k.id,
  fairId: model.fairs[k.fair].id,
  companyId: model.agency.companies[k.company],
  buyerId: k.buyer === null ? null : model.agency.buyers[k.buyer],
  buyerCountry: k.country,
  status: k.status,
  signedOn: k.signedOn,
  value: moneyView(k.value),
  valueUsd: k.usd === null ? null : formatCents(k.usd),
  exchangeRate: rateView(k.rate),
});
const contractFromApi = (row: ReturnType<typeof contractView>) => ({
  id: row.id,
  fairId: row.fairId,
  companyId: row.companyId,
  buyerId: row.buyerId,
  buyerCountry: row.buyerCountry,
  status: row.status,
  signedOn: row.signedOn,
  value: row.value,
  valueUsd: row.valueUsd,
  exchangeRate: row.exchangeRate,
});

/** A shipment as the API must show it. */
const shipmentView = (model: Model, s: ShipmentModel) => ({
  id: s.id,
  contractId: model.contracts[s.contract].id,
  fairId: model.fairs[model.contracts[s.contract].fair].id,
  shippedOn: s.shippedOn,
  value: moneyView(s.value),
  valueUsd: s.usd === null ? null : formatCents(s.usd),
  exchangeRate: rateView(s.rate),
});
const shipmentFromApi = (row: ReturnType<typeof shipmentView>) => ({
  id: row.id,
  contractId: row.contractId,
  fairId: row.fairId,
  shippedOn: row.shippedOn,
  value: row.value,
  valueUsd: row.valueUsd,
  exchangeRate: row.exchangeRate,
});

class Mismatch extends Error {}

/** Deep equality with jest's diff, under a heading that says which two views differ. */
function same(label: string, received: unknown, expected: unknown): void {
  try {
    expect(received).toEqual(expected);
  } catch (error) {
    throw new Mismatch(`${label}:\n${error instanceof Error ? error.message : String(error)}`);
  }
}

function expectStatus(model: Model, what: string, response: Answer, expected: number): boolean {
  model.trace.push(`${what} → ${response.statusCode}`);
  if (response.statusCode !== expected) {
    throw new Mismatch(`${what}: expected HTTP ${expected}, got ${response.statusCode} ${response.body}`);
  }
  return expected < 300;
}

/** The answer to a write against the model's record: the fields that differ first, then both in full. */
function expectRecord(what: string, actual: Record<string, unknown>, expected: Record<string, unknown>): void {
  const differing = Object.keys(expected).filter((key) => JSON.stringify(actual[key]) !== JSON.stringify(expected[key]));
  if (differing.length > 0) {
    const lines = differing.map((key) => `  ${key}: the API shows ${JSON.stringify(actual[key])}, the model expects ${JSON.stringify(expected[key])}`);
    throw new Mismatch(`${what}:\n${lines.join('\n')}\nAPI:   ${JSON.stringify(actual)}\nmodel: ${JSON.stringify(expected)}`);
  }
}

const buyerBody = (model: Model, gen: BuyerGen) =>
  'buyer' in gen ? { buyerId: model.agency.buyers[gen.buyer] } : { buyerCountry: gen.country };
/** On an edit, choosing a country alone unlinks the buyer. */
const buyerChangeBody = (model: Model, gen: BuyerGen) =>
  'buyer' in gen ? { buyerId: model.agency.buyers[gen.buyer] } : { buyerId: null, buyerCountry: gen.country };

/** A video consultation's time: `at.day` days after the fair's last day (−2 … 0 lie within it: refused). */
function videoAt(fair: FairModel, at: AtGen): number {
  return instantAt(addDays(fair.endsOn, at.day === 99 ? 40 : at.day), at.minute, at.ms, fair.timezone);
}

function occurredAt(fair: FairModel, at: AtGen): number {
  const day = at.day === 99 ? fair.days + 1 : at.day === -2 ? -2 : Math.min(at.day, fair.days);
  return instantAt(addDays(fair.startsOn, day), at.minute, at.ms, fair.timezone);
}

/** Sends one operation, checks the answer against the model's prediction, and applies it to the model. */
async function step(model: Model, op: Op, n: number): Promise<void> {
  const { staff, manager, companies } = model.agency;
  const fairOf = (index: number) => index % model.fairs.length;
  switch (op.kind) {
    case 'consult': {
      const fair = fairOf(op.fair);
      const f = model.fairs[fair];
      const at = op.video ? videoAt(f, op.at) : occurredAt(f, op.at);
      const localDate = localDateOf(at, f.timezone);
      const response = await staff.post('/v1/consultations', {
        fairId: f.id,
        companyId: companies[op.company],
        ...buyerBody(model, op.buyer),
        occurredAt: new Date(at).toISOString(),
        stage: op.stage,
        ...(op.video ? { type: 'video' } : {}),
        ...(op.rating === null ? {} : { rating: op.rating }),
        ...(op.value === null ? {} : { estimatedValue: moneyBody(op.value) }),
      });
      const ok = model.exhibits(fair, op.company) && model.allowedDay(f, localDate, op.video);
      const what = `#${n} create consultation C${model.consultations.length} at fair ${fair}`;
      if (!expectStatus(model, what, response, ok ? 201 : 422)) return;
      const record: ConsultationModel = {
        id: response.json().id,
        fair,
        company: op.company,
        ...model.buyerOf(op.buyer),
        occurredAt: at,
        localDate,
        stage: op.stage,
        video: op.video,
        rating: op.rating,
        ...model.valued(op.value, localDate),
        deleted: false,
      };
      model.consultations.push(record);
      expectRecord(what, consultationFromApi(response.json()), consultationView(model, record));
      return;
    }
    case 'editConsultation': {
      if (model.consultations.length === 0) return;
      const index = op.ref % model.consultations.length;
      const record = model.consultations[index];
      const f = model.fairs[record.fair];
      const change = op.change;
      const at = change.at === undefined ? undefined : occurredAt(f, change.at);
      const response = await staff.patch(`/v1/consultations/${record.id}`, {
        ...(change.stage === undefined ? {} : { stage: change.stage }),
        ...(change.value === undefined ? {} : { estimatedValue: change.value === null ? null : moneyBody(change.value) }),
        ...(at === undefined ? {} : { occurredAt: new Date(at).toISOString() }),
        ...(change.company === undefined ? {} : { companyId: companies[change.company] }),
        ...(change.buyer === undefined ? {} : buyerChangeBody(model, change.buyer)),
      });
      const what = `#${n} edit consultation C${index} ${JSON.stringify(change, (_, v: unknown) => (typeof v === 'bigint' ? `${v}` : v))}`;
      const localDate = at === undefined ? record.localDate : localDateOf(at, f.timezone);
      // The day rule is checked when the time is sent. A stored consultation is always within its
      // fair's dates ± 1 day (a move that would strand one is refused), so an edit that leaves the
      // time alone — `PATCH {}` included — never fails it (seed 1548391696).
      const expected = record.deleted
        ? 404
        : !model.exhibits(record.fair, change.company ?? record.company) || (at !== undefined && !model.allowedDay(f, localDate, record.video))
          ? 422
          : 200;
      if (!expectStatus(model, what, response, expected)) return;
      if (change.stage !== undefined) record.stage = change.stage;
      if (change.company !== undefined) record.company = change.company;
      if (change.buyer !== undefined) Object.assign(record, model.buyerOf(change.buyer));
      if (at !== undefined) Object.assign(record, { occurredAt: at, localDate });
      // The USD value stays frozen unless the amount or the day changes.
      if (change.value !== undefined || at !== undefined) {
        Object.assign(record, model.valued(change.value === undefined ? record.value : change.value, record.localDate));
      }
      expectRecord(what, consultationFromApi(response.json()), consultationView(model, record));
      return;
    }
    case 'deleteConsultation': {
      if (model.consultations.length === 0) return;
      const index = op.ref % model.consultations.length;
      const record = model.consultations[index];
      const response = await staff.delete(`/v1/consultations/${record.id}`);
      if (expectStatus(model, `#${n} delete consultation C${index}`, response, record.deleted ? 404 : 204)) record.deleted = true;
      return;
    }
    case 'contract': {
      const fair = fairOf(op.fair);
      const f = model.fairs[fair];
      const signedOn = op.signedOn === null ? null : addDays(f.startsOn, op.signedOn);
      const response = await staff.post('/v1/contracts', {
        fairId: f.id,
        companyId: companies[op.company],
        ...buyerBody(model, op.buyer),
        status: op.status,
        ...(signedOn === null ? {} : { signedOn }),
        value: moneyBody(op.value),
      });
      const expected = op.status === 'signed' && signedOn === null ? 400 : model.exhibits(fair, op.company) ? 201 : 422;
      const what = `#${n} create contract K${model.contracts.length} at fair ${fair}`;
      if (!expectStatus(model, what, response, expected)) return;
      const record: ContractModel = {
        id: response.json().id,
        fair,
        company: op.company,
        ...model.buyerOf(op.buyer),
        status: op.status,
        signedOn,
        ...model.valued(op.value, signedOn ?? f.startsOn),
        deleted: false,
      };
      model.contracts.push(record);
      expectRecord(what, contractFromApi(response.json()), contractView(model, record));
      return;
    }
    case 'editContract': {
      if (model.contracts.length === 0) return;
      const index = op.ref % model.contracts.length;
      const record = model.contracts[index];
      const f = model.fairs[record.fair];
      const change = op.change;
      const signedOn = change.signedOn === undefined ? undefined : change.signedOn === null ? null : addDays(f.startsOn, change.signedOn);
      const response = await staff.patch(`/v1/contracts/${record.id}`, {
        ...(change.status === undefined ? {} : { status: change.status }),
        ...(signedOn === undefined ? {} : { signedOn }),
        ...(change.value === undefined ? {} : { value: moneyBody(change.value) }),
        ...(change.company === undefined ? {} : { companyId: companies[change.company] }),
        ...(change.buyer === undefined ? {} : buyerChangeBody(model, change.buyer)),
      });
      const what = `#${n} edit contract K${index} ${JSON.stringify(change, (_, v: unknown) => (typeof v === 'bigint' ? `${v}` : v))}`;
      const status = change.status ?? record.status;
      const newSignedOn = signedOn === undefined ? record.signedOn : signedOn;
      const expected = record.deleted
        ? 404
        : !model.exhibits(record.fair, change.company ?? record.company)
          ? 422
          : status === 'signed' && newSignedOn === null
            ? 400
            : 200;
      if (!expectStatus(model, what, response, expected)) return;
      record.status = status;
      record.signedOn = newSignedOn;
      if (change.company !== undefined) record.company = change.company;
      if (change.buyer !== undefined) Object.assign(record, model.buyerOf(change.buyer));
      // Valued again only when the amount or the signing date changes; else frozen.
      if (change.value !== undefined || signedOn !== undefined) {
        Object.assign(record, model.valued(change.value ?? record.value, record.signedOn ?? f.startsOn));
      }
      expectRecord(what, contractFromApi(response.json()), contractView(model, record));
      return;
    }
    case 'deleteContract': {
      if (model.contracts.length === 0) return;
      const index = op.ref % model.contracts.length;
      const record = model.contracts[index];
      const response = await staff.delete(`/v1/contracts/${record.id}`);
      // A contract that live shipments belong to cannot be deleted.
      const expected = record.deleted ? 404 : model.liveShipmentsOf(index) ? 409 : 204;
      if (expectStatus(model, `#${n} delete contract K${index}`, response, expected)) record.deleted = true;
      return;
    }
    case 'ship': {
      if (model.contracts.length === 0) return;
      const index = op.contract % model.contracts.length;
      const k = model.contracts[index];
      const f = model.fairs[k.fair];
      const shippedOn = addDays(f.startsOn, op.day);
      const response = await staff.post('/v1/shipments', { contractId: k.id, shippedOn, value: moneyBody(op.value) });
      const ok = !k.deleted && (k.status === 'provisional' || k.status === 'signed') && shippedOn >= f.startsOn;
      const what = `#${n} ship S${model.shipments.length} of contract K${index} on ${shippedOn}`;
      if (!expectStatus(model, what, response, ok ? 201 : 422)) return;
      const record: ShipmentModel = { id: response.json().id, contract: index, shippedOn, ...model.valued(op.value, shippedOn), deleted: false };
      model.shipments.push(record);
      expectRecord(what, shipmentFromApi(response.json()), shipmentView(model, record));
      return;
    }
    case 'editShipment': {
      if (model.shipments.length === 0) return;
      const index = op.ref % model.shipments.length;
      const record = model.shipments[index];
      const f = model.fairs[model.contracts[record.contract].fair];
      const shippedOn = op.change.day === undefined ? undefined : addDays(f.startsOn, op.change.day);
      const response = await staff.patch(`/v1/shipments/${record.id}`, {
        ...(shippedOn === undefined ? {} : { shippedOn }),
        ...(op.change.value === undefined ? {} : { value: moneyBody(op.change.value) }),
      });
      const what = `#${n} edit shipment S${index} ${JSON.stringify(op.change, (_, v: unknown) => (typeof v === 'bigint' ? `${v}` : v))}`;
      const expected = record.deleted ? 404 : shippedOn !== undefined && shippedOn < f.startsOn ? 422 : 200;
      if (!expectStatus(model, what, response, expected)) return;
      if (shippedOn !== undefined) record.shippedOn = shippedOn;
      // Valued again only when the amount or the date changes; else frozen.
      if (op.change.value !== undefined || shippedOn !== undefined) Object.assign(record, model.valued(op.change.value ?? record.value, record.shippedOn));
      expectRecord(what, shipmentFromApi(response.json()), shipmentView(model, record));
      return;
    }
    case 'deleteShipment': {
      if (model.shipments.length === 0) return;
      const index = op.ref % model.shipments.length;
      const record = model.shipments[index];
      const response = await staff.delete(`/v1/shipments/${record.id}`);
      if (expectStatus(model, `#${n} delete shipment S${index}`, response, record.deleted ? 404 : 204)) record.deleted = true;
      return;
    }
    case 'join': {
      const fair = fairOf(op.fair);
      const response = await manager.post(`/v1/fairs/${model.fairs[fair].id}/participants`, { companyId: companies[op.company] });
      const what = `#${n} add company ${op.company} to fair ${fair}`;
      if (expectStatus(model, what, response, model.exhibits(fair, op.company) ? 409 : 201)) model.fairs[fair].exhibitors.add(op.company);
      return;
    }
    case 'leave': {
      const fair = fairOf(op.fair);
      const response = await manager.delete(`/v1/fairs/${model.fairs[fair].id}/participants/${companies[op.company]}`);
      const expected = !model.exhibits(fair, op.company) ? 404 : model.liveRecordsOf(fair, op.company) ? 409 : 204;
      if (expectStatus(model, `#${n} remove company ${op.company} from fair ${fair}`, response, expected)) {
        model.fairs[fair].exhibitors.delete(op.company);
      }
      return;
    }
    case 'rate': {
      const date = addDays(FAIR_BASE, op.day);
      const response = await manager.post('/v1/exchange-rates', { currency: op.currency, date, unitsPerUsd: op.unitsPerUsd });
      const what = `#${n} enter ${op.currency} ${op.unitsPerUsd} dated ${date}`;
      if (expectStatus(model, what, response, model.hasRate(op.currency, date) ? 409 : 201)) model.addRate(op.currency, date, op.unitsPerUsd);
      return;
    }
    case 'quiet':
      return; // run by the property itself, which can wait and verify
    case 'moveFair': {
      const fair = fairOf(op.fair);
      const f = model.fairs[fair];
      const response = await manager.patch(`/v1/fairs/${f.id}`, { timezone: op.timezone });
      // A move that would leave a live consultation outside the fair's dates ± 1 day is refused.
      const moved = { ...f, timezone: op.timezone };
      const strands = model.consultations.some(
        (c) => c.fair === fair && !c.deleted && !model.allowedDay(moved, localDateOf(c.occurredAt, op.timezone), c.video),
      );
      if (!expectStatus(model, `#${n} move fair ${fair} to ${op.timezone}`, response, strands ? 422 : 200)) return;
      // Consultations move to other fair-local days; their USD values stay frozen.
      f.timezone = op.timezone;
      for (const c of model.consultations.filter((r) => r.fair === fair)) c.localDate = localDateOf(c.occurredAt, f.timezone);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------------

const TIME_LIMIT_MS = Number(process.env.FC_TIME_LIMIT_MS ?? 150_000);

describe('outcome consistency (property)', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let passwordHash: string;

  beforeAll(async () => {
    test = await startTestApp({ OUTCOME_SWEEP_INTERVAL_MS: '1000' });
    worker = await startWorker();
    passwordHash = await argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2 });
  });
  afterAll(async () => {
    await worker?.close();
    await test?.close();
  });

  /**
   * Each run gets its own agency (home currency KRW, the seeded rates), so its rates, fairs and rollup
   * are its own. Users get signed tokens rather than logging in: a login costs an argon2 verification,
   * and a failing property is shrunk over hundreds of runs.
   */
  async function setUp(scenario: Scenario): Promise<Model> {
    const suffix = randomBytes(4).toString('hex');
    const { rows } = await test.db.query<{ id: string }>(`INSERT INTO agencies (name, home_currency) VALUES ($1, $2) RETURNING id`, [
      `Consistency ${suffix}`,
      HOME_CURRENCY,
    ]);
    const agencyId = rows[0].id;
    const users = await test.db.query<{ id: string; role: string }>(
      `INSERT INTO users (agency_id, email, role, password_hash, version)
       VALUES ($1, $2, 'staff', $4, 1), ($1, $3, 'manager', $4, 1) RETURNING id, role`,
      [agencyId, `staff.${suffix}@consistency.test`, `manager.${suffix}@consistency.test`, passwordHash],
    );
    const as = (role: string) => {
      const user = users.rows.find((row) => row.role === role);
      if (!user) throw new Error(`no ${role} inserted`);
      return client(test, signToken({ sub: user.id, agencyId, role, iat: nowSeconds(), exp: nowSeconds() + 3600 }, TEST_JWT_SECRET));
    };
    const companies: string[] = [];
    for (const name of COMPANY_NAMES) companies.push(await insertCompany(test, agencyId, name));
    const buyers: string[] = [];
    for (const country of BUYER_COUNTRIES) buyers.push(await insertBuyer(test, agencyId, country));
    await test.db.query(
      `INSERT INTO exchange_rates (agency_id, currency, rate_date, units_per_usd, created_by)
       SELECT $1, r.currency, r.rate_date::date, r.units_per_usd::numeric, $2
         FROM jsonb_to_recordset($3::jsonb) AS r(currency text, rate_date text, units_per_usd text)`,
      [agencyId, users.rows[0].id, JSON.stringify(SEED_RATES.map((r) => ({ currency: r.currency, rate_date: r.date, units_per_usd: r.unitsPerUsd })))],
    );

    const model = new Model({ id: agencyId, staff: as('staff'), manager: as('manager'), companies, buyers });
    for (const rate of SEED_RATES) model.addRate(rate.currency, rate.date, rate.unitsPerUsd);
    const { manager } = model.agency;
    for (const [index, gen] of scenario.fairs.entries()) {
      const startsOn = addDays(FAIR_BASE, gen.start);
      const endsOn = addDays(startsOn, gen.days - 1);
      const response = await manager.post('/v1/fairs', {
        series: 'cmef',
        name: `Fair ${index}`,
        year: 2017,
        city: 'Shanghai',
        country: 'CN',
        startsOn,
        endsOn,
        timezone: gen.timezone,
      });
      if (response.statusCode !== 201) throw new Error(`creating fair ${index}: ${response.statusCode} ${response.body}`);
      const fair: FairModel = { id: response.json().id, startsOn, endsOn, days: gen.days, timezone: gen.timezone, exhibitors: new Set() };
      for (const company of gen.exhibitors) {
        const added = await manager.post(`/v1/fairs/${fair.id}/participants`, { companyId: companies[company] });
        if (added.statusCode !== 201) throw new Error(`adding exhibitor: ${added.statusCode} ${added.body}`);
        fair.exhibitors.add(company);
      }
      model.fairs.push(fair);
    }
    return model;
  }

  /** Once quiet: per record, per fair (model = API = SQL) and the agency's rollup. */
  async function verify(model: Model): Promise<void> {
    await waitUntilQuiet(test, 20_000);
    const { manager, staff } = model.agency;
    for (const [index, fair] of model.fairs.entries()) {
      const consultations = await staff.get(`/v1/consultations?fairId=${fair.id}&limit=500`);
      same(
        `live consultations of fair ${index} as listed (received) against the model (expected)`,
        consultations.json().data.map(consultationFromApi),
        model.consultations.filter((c) => c.fair === index && !c.deleted).map((c) => consultationView(model, c)),
      );
      const contracts = await staff.get(`/v1/contracts?fairId=${fair.id}&limit=500`);
      same(
        `live contracts of fair ${index} as listed (received) against the model (expected)`,
        contracts.json().data.map(contractFromApi),
        model.contracts.filter((k) => k.fair === index && !k.deleted).map((k) => contractView(model, k)),
      );

      const shipments = await staff.get(`/v1/shipments?fairId=${fair.id}&limit=500`);
      same(
        `live shipments of fair ${index} as listed (received) against the model (expected)`,
        shipments.json().data.map(shipmentFromApi),
        model.shipments.filter((r) => !r.deleted && model.contracts[r.contract].fair === index).map((r) => shipmentView(model, r)),
      );

      const expected = modelView(model, index);
      same(`GET /v1/fairs/{fair ${index}}/outcomes (received) against the model (expected)`, await apiView(model, fair.id), expected);
      same(`GROUP BY over the source rows of fair ${index} (received) against the model (expected)`, await sqlView(test, model.agency.id, fair.id), expected);
    }

    const rollup = (await manager.get('/v1/outcomes')).json();
    const views = model.fairs.map((_, index) => modelView(model, index));
    same(
      'GET /v1/outcomes rows (received) against the model (expected)',
      [...rollup.data]
        .sort((x: { fairId: string }, y: { fairId: string }) => x.fairId.localeCompare(y.fairId))
        .map((row: Totals & { fairId: string; home: Home; stale: boolean; funnel: Funnel }) => ({
          fairId: row.fairId,
          ...totalsOf(row),
          funnel: row.funnel,
          home: homeOf(row.home),
          stale: row.stale,
        })),
      model.fairs
        .map((fair, index) => ({ fairId: fair.id, ...views[index].totals, funnel: views[index].funnel, home: views[index].home, stale: false }))
        .sort((x, y) => x.fairId.localeCompare(y.fairId)),
    );
    const sum = (pick: (view: FairView) => CountValue): CountValue => ({
      count: views.reduce((n, view) => n + pick(view).count, 0),
      valueUsd: formatCents(views.reduce((n, view) => n + BigInt(pick(view).valueUsd.replace('.', '')), 0n)),
    });
    same('GET /v1/outcomes total (received) against the model (expected)', rollup.total, {
      fairs: model.fairs.length,
      consultations: sum((view) => view.totals.consultations),
      contracts: { signed: sum((view) => view.totals.contracts.signed), expected: sum((view) => view.totals.contracts.expected) },
      companyParticipations: views.reduce((n, view) => n + view.totals.companies, 0),
      funnel: {
        consultations: { onSite: sum((view) => view.funnel.consultations.onSite), after: sum((view) => view.funnel.consultations.after) },
        hotLeads: views.reduce((n, view) => n + view.funnel.hotLeads, 0),
        expected: sum((view) => view.funnel.expected),
        provisional: sum((view) => view.funnel.provisional),
        signed: { onSite: sum((view) => view.funnel.signed.onSite), later: sum((view) => view.funnel.signed.later) },
        shipped: sum((view) => view.funnel.shipped),
      },
    });
  }

  it.each(propertySeeds(REGRESSION_SEEDS))('after any sequence of writes, once quiet, every stored outcome equals the model and a GROUP BY over the source rows (seed %d)', async (seed) => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const model = await setUp(scenario);
        try {
          for (const [n, op] of scenario.ops.entries()) {
            if (op.kind !== 'quiet') {
              await step(model, op, n);
            } else {
              model.trace.push(`#${n} quiet: check`);
              await verify(model);
            }
          }
          await verify(model);
        } catch (error) {
          // The trace names the records the generated indices resolved to, and each answer's status.
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`${message}\n\nTrace:\n  ${model.trace.join('\n  ') || '(no operations)'}`);
        }
      }),
      {
        numRuns: process.env.FC_RUNS === undefined ? 15 : Number(process.env.FC_RUNS),
        seed,
        examples: REGRESSION_SCENARIOS.map((scenario) => [scenario]),
        ...(process.env.FC_PATH === undefined ? {} : { path: process.env.FC_PATH }),
        // A failure is shrunk against the real API and database, hundreds of runs: bound the time that
        // takes (the best counterexample so far is reported). Runs cut short by it fail, not pass.
        interruptAfterTimeLimit: TIME_LIMIT_MS,
        markInterruptAsFailure: true,
      },
    );
  }, TIME_LIMIT_MS + 30_000);
});
