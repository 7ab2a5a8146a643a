import { randomUUID } from 'node:crypto';
import { addDays } from '../common/dates.js';
import type { ContractRow, FairRecords } from './demo-records.js';
import type { FairPlan } from './demo-plan.js';
import { mulberry32, seedFrom } from './random.js';
import { type RateBook, splitCents, toCents, valueIn } from './seed-money.js';

/**
 * What followed each 2017 fair in the demo: INVENTED, since the press published nothing after the
 * fairs. The published figures are what was reported at the fair, so the seed's published signings
 * are all on site and stay exactly as published; the follow-ups add, beside them:
 * - `laterSigned` contracts signed 2–10 months after the fair, grown from consultations still in play
 *   (only where no signed contract was published, so no published total changes);
 * - `provisional` contracts (가계약), a few dated at the fair, the others after it;
 * - shipments of `shipped` contracts (published on-site ones and later ones), 1–4 months after signing,
 *   some in two lots, for part of the contract's value.
 */
export interface FollowUpPlan {
  laterSigned: { count: number; valueUsd: string };
  provisional: { count: number; valueUsd: string };
  /** How many signed contracts have shipments. */
  shipped: number;
}

export const DEMO_FOLLOW_UPS: Readonly<Record<string, FollowUpPlan>> = {
  'arab-health': { laterSigned: { count: 6, valueUsd: '1240000.00' }, provisional: { count: 5, valueUsd: '960000.00' }, shipped: 4 },
  kimes: { laterSigned: { count: 0, valueUsd: '0.00' }, provisional: { count: 4, valueUsd: '520000.00' }, shipped: 6 },
  cmef: { laterSigned: { count: 0, valueUsd: '0.00' }, provisional: { count: 3, valueUsd: '410000.00' }, shipped: 5 },
};

export interface ShipmentRow {
  id: string;
  contractId: string;
  shippedOn: string;
  valueAmount: string;
  valueCurrency: string;
  valueUsd: string;
  rateUnitsPerUsd: string | null;
  rateDate: string | null;
  note: string;
}

export interface FollowUpRecords {
  contracts: ContractRow[];
  shipments: ShipmentRow[];
}

const VALUE_GRAIN_CENTS = 100_00n;

/** The invented follow-ups of one fair, the same on every run given its records (only row ids are fresh). */
export function followUpRecords(plan: FairPlan, records: FairRecords, rates: RateBook): FollowUpRecords {
  const followUps = DEMO_FOLLOW_UPS[plan.fair.series];
  if (!followUps) return { contracts: [], shipments: [] };
  const random = mulberry32(seedFrom(`${plan.fair.series}-${plan.fair.year}:follow-ups`));
  const { fair } = plan;
  const used = new Set(records.contracts.map((contract) => contract.consultationId).filter((id) => id !== null));
  const inPlay = records.consultations.filter((c) => (c.stage === 'follow_up' || c.stage === 'negotiating') && !used.has(c.id));

  const contractsOf = (status: 'signed' | 'provisional', group: { count: number; valueUsd: string }): ContractRow[] => {
    if (group.count === 0) return [];
    return splitCents(toCents(group.valueUsd), group.count, random, VALUE_GRAIN_CENTS).map((usdCents, index) => {
      const source = inPlay.length > 0 ? inPlay.splice(random.below(inPlay.length), 1)[0] : undefined;
      const signedOn =
        status === 'signed'
          ? addDays(fair.endsOn, 60 + random.below(240))
          : index % 3 === 0
            ? fair.endsOn
            : addDays(fair.endsOn, 20 + random.below(150));
      const value = valueIn(usdCents, random.weighted(plan.currencies), signedOn, rates);
      return {
        id: randomUUID(),
        companyId: source?.companyId ?? random.pick(records.participations).companyId,
        buyerId: source?.buyerId ?? null,
        buyerCountry: source?.buyerCountry ?? random.weighted(plan.buyerCountries),
        consultationId: source?.id ?? null,
        status,
        signedOn,
        onSite: signedOn >= fair.startsOn && signedOn <= fair.endsOn,
        valueAmount: value.amount,
        valueCurrency: value.currency,
        valueUsd: value.usd,
        rateUnitsPerUsd: value.rateUnitsPerUsd,
        rateDate: value.rateDate,
      };
    });
  };
  const contracts = [...contractsOf('signed', followUps.laterSigned), ...contractsOf('provisional', followUps.provisional)];

  // Shipments of signed contracts, the later ones first: each ships 40–100 % of its value, in one or two lots.
  const signed = [...contracts, ...records.contracts].filter((contract) => contract.status === 'signed');
  const shipments: ShipmentRow[] = [];
  for (const contract of signed.slice(0, followUps.shipped)) {
    const contractCents = toCents(contract.valueUsd);
    const shippedCents = ((contractCents * BigInt(40 + random.below(61))) / 100n / VALUE_GRAIN_CENTS) * VALUE_GRAIN_CENTS;
    if (shippedCents < VALUE_GRAIN_CENTS) continue;
    const lots = shippedCents >= 2n * VALUE_GRAIN_CENTS && random.chance(0.4) ? 2 : 1;
    let shippedOn = addDays(contract.signedOn ?? fair.endsOn, 30 + random.below(90));
    splitCents(shippedCents, lots, random, VALUE_GRAIN_CENTS).forEach((lotCents, lot) => {
      const value = valueIn(lotCents, contract.valueCurrency, shippedOn, rates);
      shipments.push({
        id: randomUUID(),
        contractId: contract.id,
        shippedOn,
        valueAmount: value.amount,
        valueCurrency: value.currency,
        valueUsd: value.usd,
        rateUnitsPerUsd: value.rateUnitsPerUsd,
        rateDate: value.rateDate,
        note: lots === 1 ? 'Demo data (invented)' : `Demo data (invented): lot ${lot + 1} of ${lots}`,
      });
      shippedOn = addDays(shippedOn, 30 + random.below(60));
    });
  }
  return { contracts, shipments };
}
