import { createHash } from 'node:crypto';
import { isEmail, isISO4217CurrencyCode } from 'class-validator';
import { isCalendarDate } from '../common/dates.js';
import { amountProblem, formatAmount } from '../common/money.js';
import { dayOutsideFair } from '../consultations/consultation-days.js';
import { CONSULTATION_STAGES, CONSULTATION_TYPES, type ConsultationStage, type ConsultationType, LEAD_RATINGS, type LeadRating } from '../consultations/consultation-enums.js';
import type { AsSentValues } from '../consultations/dto/create-consultation.dto.js';
import { CONTRACT_STATUSES, type ContractStatus } from '../contracts/contract-status.js';
import type { FairFacts } from '../consultations/references.repository.js';
import type { ColumnLayout, ImportField } from './columns.js';
import { countryCode } from '../common/countries.js';
import type { ImportKind } from './import.entity.js';

export type Cell = string | number | boolean | Date | null;

export interface RowError {
  rowNumber: number;
  column: string | null;
  message: string;
}

interface ParsedCommon {
  rowNumber: number;
  /** Stable across files: the row id column if there is one, else a hash of the row's identity (`identityOf`). */
  key: string;
  company: string;
  registrationNumber: string | null;
  buyerEmail: string | null;
  buyerOrganisation: string | null;
  buyerContact: string | null;
  country: string | null;
  amount: string | null;
  currency: string | null;
  notes: string | null;
}

/** A consultation row: every field the API stores as sent is read (or NULL), so one added there and not read here does not compile. */
export interface ParsedConsultation extends ParsedCommon, AsSentValues {
  kind: 'consultations';
  /** Wall-clock time at the venue, `YYYY-MM-DD HH:MM:SS`. */
  localTime: string;
  localDate: string;
  stage: ConsultationStage;
  type: ConsultationType;
}

export interface ParsedContract extends ParsedCommon {
  kind: 'contracts';
  status: ContractStatus;
  signedOn: string | null;
}

export type ParsedRow = ParsedConsultation | ParsedContract;

const STAGE_WORDS: Record<string, ConsultationStage> = { 상담: 'consulted', 후속: 'follow_up', 후속상담: 'follow_up', 협상: 'negotiating', 성사: 'won', 실패: 'lost' };
const TYPE_WORDS: Record<string, ConsultationType> = { 부스: 'booth', 통역: 'interpreted', 통역상담: 'interpreted', 화상: 'video', 화상상담: 'video' };
const RATING_WORDS: Record<string, LeadRating> = { 상: 'hot', 중: 'warm', 하: 'cold' };
/** Korean reports' 계약추진, 가계약 and 체결. */
const STATUS_WORDS: Record<string, ContractStatus> = {
  추진: 'expected', 계약추진: 'expected', 가계약: 'provisional', 체결: 'signed', 계약체결: 'signed', 취소: 'cancelled',
};

const pad = (value: number): string => String(value).padStart(2, '0');
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
/** The common case, checked first: at most 16 digits and 2 decimals (what amountProblem accepts). */
const PLAIN_AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;

/**
 * One spreadsheet row read and checked with the API's own rules (money amounts, ISO currencies, the
 * fair's dates ± 1 day, enum values), or the list of what is wrong with it, cell by cell.
 */
export class RowParser {
  private readonly venueClock: Intl.DateTimeFormat;
  /** The errors of the row being parsed (one parser reads one file, row after row). */
  private errors: RowError[] = [];
  private rowNumber = 0;

  constructor(
    private readonly kind: ImportKind,
    private readonly layout: ColumnLayout,
    private readonly fair: FairFacts,
  ) {
    this.venueClock = new Intl.DateTimeFormat('en-CA', {
      timeZone: fair.timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
  }

  parse(rowNumber: number, cells: readonly Cell[]): ParsedRow | RowError[] {
    this.errors = [];
    this.rowNumber = rowNumber;
    const company = this.text(cells, 'company') ?? this.fail('company', 'company is required');
    const buyerEmail = this.email(this.text(cells, 'buyerEmail'));
    const countryText = this.text(cells, 'country');
    const country = countryText === null ? null : (countryCode(countryText) ?? this.fail('country', `"${countryText}" is not an ISO 3166 code or a known country name`));
    if (countryText === null && buyerEmail === null) this.fail('country', 'country is required without a buyer email');
    const amount = this.amount(cells);
    const currency = this.currency(cells, amount);

    const common = {
      rowNumber,
      key: '',
      company: company ?? '',
      registrationNumber: this.text(cells, 'registrationNumber'),
      buyerEmail,
      buyerOrganisation: this.text(cells, 'buyerOrganisation'),
      buyerContact: this.text(cells, 'buyerContact'),
      country,
      amount,
      currency,
      notes: this.text(cells, 'notes'),
    };
    let row: ParsedRow;
    if (this.kind === 'consultations') {
      const type = this.choice(this.text(cells, 'type'), CONSULTATION_TYPES, TYPE_WORDS, 'booth', 'type');
      const localTime = this.localTime(cells, type) ?? '';
      const ratingText = this.text(cells, 'rating');
      row = {
        ...common,
        kind: 'consultations',
        localTime,
        localDate: localTime.slice(0, 10),
        productInterest: this.text(cells, 'product'),
        quantity: this.quantity(cells),
        stage: this.choice(this.text(cells, 'stage'), CONSULTATION_STAGES, STAGE_WORDS, 'consulted', 'stage'),
        type,
        rating: ratingText === null ? null : this.choice(ratingText, LEAD_RATINGS, RATING_WORDS, 'warm', 'rating'),
        nextStep: this.text(cells, 'nextStep'),
        followUpDue: this.date(cells, 'followUpDue'),
      };
    } else {
      const statusText = this.text(cells, 'status');
      const status = this.choice(statusText, CONTRACT_STATUSES, STATUS_WORDS, 'expected', 'status');
      if (statusText === null) this.fail('status', 'status is required (expected/추진, provisional/가계약, signed/체결 or cancelled)');
      const signedOn = this.date(cells, 'signedOn');
      if (status === 'signed' && signedOn === null && this.errors.length === 0) this.fail('signedOn', 'a signed contract needs its signing date');
      if (amount === null && this.errors.length === 0) this.fail('amount', 'the contract amount is required');
      row = { ...common, kind: 'contracts', status, signedOn };
    }
    if (this.errors.length > 0) return this.errors;
    const ref = this.text(cells, 'ref');
    if (this.errors.length > 0) return this.errors;
    row.key = ref === null ? `id:${hash(row)}` : `ref:${ref}`;
    return row;
  }

  private fail(field: ImportField, message: string): null {
    this.errors.push({ rowNumber: this.rowNumber, column: this.layout.header[field] ?? field, message });
    return null;
  }

  private cell(cells: readonly Cell[], field: ImportField): Cell {
    const position = this.layout.index[field];
    return position === undefined ? null : (cells[position] ?? null);
  }

  private text(cells: readonly Cell[], field: ImportField): string | null {
    const value = this.cell(cells, field);
    if (value === null) return null;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    const result = typeof value === 'string' ? value.trim() : String(value);
    // PostgreSQL cannot store U+0000 in text: a row error here, not a failed batch.
    if (result.includes('\u0000')) return this.fail(field, 'contains a NUL character (U+0000), which cannot be stored');
    return result === '' ? null : result;
  }

  private email(value: string | null): string | null {
    if (value === null) return null;
    return isEmail(value) ? value.toLowerCase() : this.fail('buyerEmail', `"${value}" is not an email address`);
  }

  private amount(cells: readonly Cell[]): string | null {
    const raw = this.cell(cells, 'amount');
    let amount: string | null = null;
    if (typeof raw === 'number') amount = String(raw);
    else if (typeof raw === 'string' && raw.trim() !== '') amount = THOUSANDS.test(raw.trim()) ? raw.trim().replace(/,/g, '') : raw.trim();
    if (amount === null) return null;
    if (PLAIN_AMOUNT.test(amount)) return formatAmount(amount);
    const problem = amountProblem(amount, 'amount');
    return problem ? this.fail('amount', problem) : formatAmount(amount);
  }

  /** The API's rule: a whole number from 1 to 1,000,000,000. */
  private quantity(cells: readonly Cell[]): number | null {
    const text = this.text(cells, 'quantity')?.replace(/,/g, '') ?? null;
    if (text === null) return null;
    const value = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
    return value >= 1 && value <= 1_000_000_000 ? value : this.fail('quantity', `"${text}" is not a whole number from 1 to 1,000,000,000`);
  }

  private currency(cells: readonly Cell[], amount: string | null): string | null {
    if (amount === null) return null;
    const text = this.text(cells, 'currency')?.toUpperCase() ?? null;
    if (text === null) return this.fail('currency', 'currency is required with an amount');
    return isISO4217CurrencyCode(text) ? text : this.fail('currency', `"${text}" is not an ISO 4217 currency code`);
  }

  /** `YYYY-MM-DD[ HH:MM[:SS]]` at the venue, an Excel date cell (wall clock), or an instant with its offset. */
  private localTime(cells: readonly Cell[], type: ConsultationType): string | null {
    const raw = this.cell(cells, 'occurredAt');
    let wallClock: string | null = null;
    if (raw instanceof Date) {
      wallClock = raw.toISOString().slice(0, 19).replace('T', ' ');
    } else if (typeof raw === 'string' && raw.trim() !== '') {
      const value = raw.trim();
      const match = LOCAL_TIME.exec(value);
      if (match && isCalendarDate(match[1]) && Number(match[2] ?? 0) < 24) {
        wallClock = `${match[1]} ${pad(Number(match[2] ?? 12))}:${match[3] ?? '00'}:${match[4] ?? '00'}`;
      } else if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) {
        wallClock = this.atVenue(new Date(value));
      }
    }
    if (wallClock === null) return this.fail('occurredAt', 'must be a date or date-time such as 2017-05-15 or 2017-05-15 10:30');
    const outside = dayOutsideFair(type, this.fair, wallClock.slice(0, 10));
    if (outside !== null) return this.fail('occurredAt', outside);
    return wallClock;
  }

  private atVenue(instant: Date): string {
    const parts = this.venueClock.formatToParts(instant);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
  }

  private date(cells: readonly Cell[], field: ImportField): string | null {
    const raw = this.cell(cells, field);
    if (raw === null || raw === '') return null;
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim().slice(0, 10);
    return isCalendarDate(value) ? value : this.fail(field, `"${String(raw)}" is not a date written YYYY-MM-DD`);
  }

  private choice<T extends string>(value: string | null, allowed: readonly T[], words: Record<string, T>, fallback: T, field: ImportField): T {
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const lower = value.toLowerCase().replace(/[\s-]/g, '_');
    if ((allowed as readonly string[]).includes(lower)) return lower as T;
    const word = words[value.replace(/\s/g, '')];
    if (word !== undefined) return word;
    this.fail(field, `"${value}" is not one of ${allowed.join(', ')} (or ${Object.keys(words).join(', ')})`);
    return fallback;
  }
}

/**
 * A row's identity, for files without a row id column: only the fields that say which meeting or
 * contract it is (the fair is the import's), so a file with more columns, or a later Pavilion that
 * reads more fields, keys the same row the same way. A value in an array, in a fixed order; a change
 * here changes every key (a unit test pins one).
 */
export function identityOf(row: ParsedRow): (string | null)[] {
  const buyer = row.buyerEmail ?? row.buyerOrganisation?.toLowerCase() ?? null;
  return row.kind === 'consultations'
    ? ['consultation', row.company, buyer, row.country, row.localTime, row.amount, row.currency, row.type]
    : ['contract', row.company, buyer, row.country, row.signedOn, row.amount, row.currency];
}

function hash(row: ParsedRow): string {
  return createHash('sha256').update(JSON.stringify(identityOf(row))).digest('base64url');
}
