import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { numericColumn } from '../common/columns.js';

/** The measures every outcome row carries: sums of frozen USD values, so numeric(24,2) never overflows. */
export abstract class OutcomeMeasures {
  @Column({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'integer', default: 0 })
  consultationsCount: number;

  @numericColumn(24, 2)
  consultationsValueUsd: string;

  @Column({ type: 'integer', default: 0 })
  signedCount: number;

  @numericColumn(24, 2)
  signedValueUsd: string;

  @Column({ type: 'integer', default: 0 })
  expectedCount: number;

  @numericColumn(24, 2)
  expectedValueUsd: string;
}

/**
 * Fairs and companies also count pre-arranged meetings (every request made, and those held or missed)
 * and the funnel after the fair (issue 15).
 */
export abstract class OutcomeAndMeetings extends OutcomeMeasures {
  @Column({ type: 'integer', default: 0 })
  meetingsRequested: number;

  @Column({ type: 'integer', default: 0 })
  meetingsHeld: number;

  @Column({ type: 'integer', default: 0 })
  meetingsNoShow: number;

  /** Consultations after the fair (`video`); the rest were on site. */
  @Column({ type: 'integer', default: 0 })
  consultationsAfterCount: number;

  @numericColumn(24, 2)
  consultationsAfterValueUsd: string;

  /** Consultations rated `hot`. */
  @Column({ type: 'integer', default: 0 })
  hotLeads: number;

  @Column({ type: 'integer', default: 0 })
  provisionalCount: number;

  @numericColumn(24, 2)
  provisionalValueUsd: string;

  /** Signed contracts signed after the fair; the rest of the signed were signed on site. */
  @Column({ type: 'integer', default: 0 })
  signedLaterCount: number;

  @numericColumn(24, 2)
  signedLaterValueUsd: string;

  /** Shipments of live contracts. */
  @Column({ type: 'integer', default: 0 })
  shippedCount: number;

  @numericColumn(24, 2)
  shippedValueUsd: string;
}

/** A fair's totals, derived by the outcome worker from the source rows; never written by the API. */
@Entity({ name: 'fair_outcomes' })
@Index('fair_outcomes_agency_id_idx', ['agencyId'])
export class FairOutcome extends OutcomeAndMeetings {
  @PrimaryColumn({ type: 'uuid' })
  fairId: string;

  /** Live participations: "7 companies". */
  @Column({ type: 'integer', default: 0 })
  companies: number;

  /** Distinct linked buyers across consultations and live contracts. */
  @Column({ type: 'integer', default: 0 })
  buyers: number;

  @Column({ type: 'integer', default: 0 })
  countries: number;

  /** The agency's home currency and the rate pinned for this fair: the latest on or before its first day. */
  @Column({ type: 'char', length: 3 })
  homeCurrency: string;

  @numericColumn(18, 6, true)
  homeRate: string | null;

  @Column({ type: 'date', nullable: true })
  homeRateDate: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  computedAt: Date;
}

@Entity({ name: 'fair_outcome_companies' })
export class FairOutcomeCompany extends OutcomeAndMeetings {
  @PrimaryColumn({ type: 'uuid' })
  fairId: string;

  @PrimaryColumn({ type: 'uuid' })
  companyId: string;
}

@Entity({ name: 'fair_outcome_countries' })
export class FairOutcomeCountry extends OutcomeMeasures {
  @PrimaryColumn({ type: 'uuid' })
  fairId: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country: string;
}

/** Consultations by the fair-local day they happened; signed contracts by the day they were signed. */
@Entity({ name: 'fair_outcome_days' })
export class FairOutcomeDay extends OutcomeMeasures {
  @PrimaryColumn({ type: 'uuid' })
  fairId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;
}

/** Signed contracts and shipments by whole months since the fair's last day (0: during it or within a month). */
@Entity({ name: 'fair_outcome_months' })
export class FairOutcomeMonth {
  @PrimaryColumn({ type: 'uuid' })
  fairId: string;

  @PrimaryColumn({ type: 'integer' })
  month: number;

  @Column({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'integer', default: 0 })
  signedCount: number;

  @numericColumn(24, 2)
  signedValueUsd: string;

  @Column({ type: 'integer', default: 0 })
  shippedCount: number;

  @numericColumn(24, 2)
  shippedValueUsd: string;
}

/**
 * The outcome read's answer as JSON text, rendered at refresh (outcome-document.ts), split around the
 * `stale` value the read fills in. A cache of what the stored rows render to: triggers drop it when a
 * fair's or a company's shown fields change (migration FairOutcomeDocuments).
 */
@Entity({ name: 'fair_outcome_documents' })
export class FairOutcomeDocument {
  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @PrimaryColumn({ type: 'uuid' })
  fairId: string;

  /** The answer up to and including `"stale":`. */
  @Column({ type: 'text' })
  head: string;

  /** The answer after the stale value. */
  @Column({ type: 'text' })
  tail: string;

  /** md5 of `head || tail` as written (migration OutcomeDocumentStamps: what the reconcile checks in SQL). */
  @Column({ type: 'text', nullable: true })
  digest: string | null;

  /** The rendering code that wrote it (`RENDERER`). */
  @Column({ type: 'text', nullable: true })
  renderer: string | null;

  /** md5 of what it shows besides the breakdowns, at render time (`documentSource`). */
  @Column({ type: 'text', nullable: true })
  source: string | null;
}
