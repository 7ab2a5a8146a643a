import { ARAB_HEALTH_2017, CMEF_2017, KIMES_2017, type PublishedFair } from './published-fairs.js';

export interface ContractPlan {
  status: 'signed' | 'expected';
  count: number;
  valueUsd: string;
}

/** What the demo seed creates for one published fair: the published figures, and our choices where none were published. */
export interface FairPlan {
  fair: PublishedFair;
  companies: number;
  /** `valueUsd` null: the consultations carry no estimated value (none was published). */
  consultations: { count: number; valueUsd: string | null };
  contracts: readonly ContractPlan[];
  /** Relative weights of the buyers' countries at this fair. */
  buyerCountries: Readonly<Record<string, number>>;
  /** Relative weights of the currencies records are entered in (the USD value is fixed either way). */
  currencies: Readonly<Record<string, number>>;
  boothPrefix: string;
}

/** Dated before every seeded fair, so each record finds them as the API would. Whole numbers keep foreign amounts exact. */
export const DEMO_RATES = [
  { currency: 'KRW', rateDate: '2017-01-01', unitsPerUsd: '1130.00' },
  { currency: 'CNY', rateDate: '2017-01-01', unitsPerUsd: '7.00' },
] as const;

/**
 * The published figures are seeded exactly, to the cent. Where the source gave none, these are the choices:
 * - Arab Health 2017: only 198 expected contracts worth $8.16M were published. We seed 9 companies and
 *   450 consultations (about 50 per company, as at CMEF) without estimated values, so that no invented
 *   amount appears next to the published ones.
 * - KIMES 2017: "about 5,000" consultations are seeded as exactly 5,000, without estimated values; "over
 *   $7M" of signed contracts as exactly $7,000,000.00 in 64 contracts (the count was not published).
 *   The source credits "Gangwon province medical-device companies", not the Techno Valley; the demo
 *   agency takes the fair anyway, so that one tenant shows all three.
 */
export const DEMO_FAIR_PLANS: readonly FairPlan[] = [
  {
    fair: ARAB_HEALTH_2017,
    companies: 9,
    consultations: { count: 450, valueUsd: null },
    contracts: [{ status: 'expected', count: 198, valueUsd: '8160000.00' }],
    buyerCountries: { AE: 25, SA: 18, EG: 10, IN: 10, IQ: 6, KW: 6, PK: 6, DE: 5, US: 5, RU: 4, KZ: 5 },
    currencies: { USD: 85, KRW: 15 },
    boothPrefix: 'Korea Pavilion S2.',
  },
  {
    fair: KIMES_2017,
    companies: 41,
    consultations: { count: 5000, valueUsd: null },
    contracts: [{ status: 'signed', count: 64, valueUsd: '7000000.00' }],
    buyerCountries: { CN: 18, VN: 12, JP: 10, US: 8, IN: 8, ID: 8, TH: 8, MY: 6, PH: 5, RU: 6, KZ: 4, AE: 4, SA: 3 },
    currencies: { USD: 55, KRW: 45 },
    boothPrefix: 'Hall C, Gangwon Pavilion C',
  },
  {
    fair: CMEF_2017,
    companies: 7,
    consultations: { count: 360, valueUsd: '10450000.00' },
    contracts: [{ status: 'signed', count: 38, valueUsd: '3090000.00' }],
    buyerCountries: { CN: 55, VN: 8, IN: 7, TH: 6, ID: 6, MY: 5, RU: 5, KZ: 4, US: 2, JP: 2 },
    currencies: { USD: 65, CNY: 25, KRW: 10 },
    boothPrefix: 'Hall 2.1, Korea Pavilion K',
  },
];
