import { randomUUID } from 'node:crypto';
import { addDays } from '../common/dates.js';
import type { ConsultationStage, ConsultationType } from '../consultations/consultation-enums.js';
import type { ContractStatus } from '../contracts/contract-status.js';
import { type CatalogueCompany, PRODUCTS } from './demo-catalogue.js';
import type { FairPlan } from './demo-plan.js';
import { mulberry32, type Random, seedFrom } from './random.js';
import { type RateBook, splitCents, toCents, valueIn } from './seed-money.js';

/** Estimates and deal values are quoted in round figures: whole hundreds of dollars. */
const VALUE_GRAIN_CENTS = 100_00n;
const STAGES: Record<ConsultationStage, number> = { consulted: 40, follow_up: 25, negotiating: 15, won: 10, lost: 10 };
const INTERPRETED_SHARE = 0.2;
const CONSULTATIONS_WITH_BUYER = 0.6;
const CONTRACTS_WITH_BUYER = 0.75;
const CONTRACTS_FROM_CONSULTATION = 0.6;
/** Halls open 10:00–18:00, closing at 16:00 on the last day. */
const OPENS_AT = 10;
const CLOSES_AT = 18;
const LAST_DAY_CLOSES_AT = 16;

export interface SeedCompany extends CatalogueCompany {
  id: string;
}

export interface SeedBuyer {
  id: string;
  country: string;
}

export interface ParticipationRow {
  companyId: string;
  booth: string;
}

export interface ConsultationRow {
  id: string;
  companyId: string;
  buyerId: string | null;
  buyerCountry: string;
  /** Wall-clock time at the venue, `YYYY-MM-DD HH:MM:SS`; the database turns it into an instant in the fair's zone. */
  localTime: string;
  localDate: string;
  type: ConsultationType;
  productInterest: string;
  stage: ConsultationStage;
  estimatedAmount: string | null;
  estimatedCurrency: string | null;
  estimatedUsd: string | null;
  rateUnitsPerUsd: string | null;
  rateDate: string | null;
}

export interface ContractRow {
  id: string;
  companyId: string;
  buyerId: string | null;
  buyerCountry: string;
  consultationId: string | null;
  status: ContractStatus;
  signedOn: string | null;
  onSite: boolean | null;
  valueAmount: string;
  valueCurrency: string;
  valueUsd: string;
  rateUnitsPerUsd: string | null;
  rateDate: string | null;
}

export interface FairRecords {
  participations: ParticipationRow[];
  consultations: ConsultationRow[];
  contracts: ContractRow[];
}

const streamOf = (plan: FairPlan, purpose: string): Random => mulberry32(seedFrom(`${plan.fair.series}-${plan.fair.year}:${purpose}`));

/** The catalogue companies exhibiting at the fair: the same ones on every run. */
export function exhibitorsOf(plan: FairPlan, catalogue: readonly CatalogueCompany[]): CatalogueCompany[] {
  if (plan.companies > catalogue.length) {
    throw new Error(`${plan.fair.name} needs ${plan.companies} companies; the catalogue has ${catalogue.length}`);
  }
  return streamOf(plan, 'companies').shuffle(catalogue).slice(0, plan.companies);
}

function fairDays(plan: FairPlan): string[] {
  const days: string[] = [];
  for (let day = plan.fair.startsOn; day <= plan.fair.endsOn; day = addDays(day, 1)) days.push(day);
  return days;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Every consultation and contract of one fair, the same on every run given the fair's companies,
 * buyers and rates (only the row ids are fresh UUIDs). USD values split the published totals exactly; a consultation's buyer country is its linked
 * buyer's; a contract grown from a consultation keeps its company and buyer.
 */
export function fairRecords(
  plan: FairPlan,
  companies: readonly SeedCompany[],
  buyers: readonly SeedBuyer[],
  rates: RateBook,
): FairRecords {
  const random = streamOf(plan, 'records');
  const { fair } = plan;
  const days = fairDays(plan);
  const dayWeights = days.map((_, index) => (index === days.length - 1 ? 1 : 2));
  const buyersByCountry = new Map<string, SeedBuyer[]>();
  for (const buyer of buyers) buyersByCountry.set(buyer.country, [...(buyersByCountry.get(buyer.country) ?? []), buyer]);

  const buyerFor = (linkShare: number): { buyerId: string | null; buyerCountry: string } => {
    const country = random.weighted(plan.buyerCountries);
    const candidates = buyersByCountry.get(country) ?? [];
    if (candidates.length === 0 || !random.chance(linkShare)) return { buyerId: null, buyerCountry: country };
    const buyer = random.pick(candidates);
    return { buyerId: buyer.id, buyerCountry: buyer.country };
  };

  const participations = companies.map((company, index) => ({ companyId: company.id, booth: `${plan.boothPrefix}${pad(index + 1)}` }));

  const { count, valueUsd } = plan.consultations;
  const estimates = valueUsd === null ? null : splitCents(toCents(valueUsd), count, random, VALUE_GRAIN_CENTS);
  const consultations: ConsultationRow[] = [];
  for (let index = 0; index < count; index++) {
    const company = random.pick(companies);
    const dayIndex = random.weightedIndex(dayWeights);
    const day = days[dayIndex];
    const minutes = random.below(((dayIndex === days.length - 1 ? LAST_DAY_CLOSES_AT : CLOSES_AT) - OPENS_AT) * 60);
    const estimate = estimates && valueIn(estimates[index], random.weighted(plan.currencies), day, rates);
    consultations.push({
      id: randomUUID(),
      companyId: company.id,
      ...buyerFor(CONSULTATIONS_WITH_BUYER),
      localTime: `${day} ${pad(OPENS_AT + Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(random.below(60))}`,
      localDate: day,
      type: random.chance(INTERPRETED_SHARE) ? 'interpreted' : 'booth',
      productInterest: random.pick(PRODUCTS[random.pick(company.productCategories)]),
      stage: random.weighted(STAGES),
      estimatedAmount: estimate?.amount ?? null,
      estimatedCurrency: estimate?.currency ?? null,
      estimatedUsd: estimate?.usd ?? null,
      rateUnitsPerUsd: estimate?.rateUnitsPerUsd ?? null,
      rateDate: estimate?.rateDate ?? null,
    });
  }

  // A signed contract grows from a won consultation, an expected one from one still in play; each consultation yields at most one.
  const sources = {
    signed: consultations.filter((c) => c.stage === 'won'),
    expected: consultations.filter((c) => c.stage === 'follow_up' || c.stage === 'negotiating'),
  };
  // The published figures were reported at the fair: every published signing is on site (what was
  // signed later is the invented follow-ups' part, see demo-follow-ups.ts).
  const signingDate = (after: string | undefined): string => {
    const from = after && after > fair.startsOn ? after : fair.startsOn;
    return random.pick(days.filter((day) => day >= from));
  };

  const contracts: ContractRow[] = [];
  for (const group of plan.contracts) {
    const values = splitCents(toCents(group.valueUsd), group.count, random, VALUE_GRAIN_CENTS);
    for (const usdCents of values) {
      const pool = sources[group.status];
      const source = pool.length > 0 && random.chance(CONTRACTS_FROM_CONSULTATION) ? pool.splice(random.below(pool.length), 1)[0] : undefined;
      const party = source ? { buyerId: source.buyerId, buyerCountry: source.buyerCountry } : buyerFor(CONTRACTS_WITH_BUYER);
      const signedOn = group.status === 'signed' ? signingDate(source?.localDate) : null;
      // As the API values a contract: at the rate of its signing date, else of the fair's first day.
      const value = valueIn(usdCents, random.weighted(plan.currencies), signedOn ?? fair.startsOn, rates);
      contracts.push({
        id: randomUUID(),
        companyId: source?.companyId ?? random.pick(companies).id,
        ...party,
        consultationId: source?.id ?? null,
        status: group.status,
        signedOn,
        onSite: signedOn === null ? null : signedOn >= fair.startsOn && signedOn <= fair.endsOn,
        valueAmount: value.amount,
        valueCurrency: value.currency,
        valueUsd: value.usd,
        rateUnitsPerUsd: value.rateUnitsPerUsd,
        rateDate: value.rateDate,
      });
    }
  }
  return { participations, consultations, contracts };
}
