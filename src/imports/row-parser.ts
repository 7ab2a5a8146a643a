import { createHash } from 'node:crypto';
import { isEmail, isISO4217CurrencyCode } from 'class-validator';
import { addDays, isCalendarDate } from '../common/dates.js';
import { amountProblem, formatAmount } from '../common/money.js';
import { CONSULTATION_STAGES, CONSULTATION_TYPES, type ConsultationStage, type ConsultationType } from '../consultations/consultation-enums.js';
import { CONTRACT_STATUSES, type ContractStatus } from '../contracts/contract-status.js';
import type { FairFacts } from '../consultations/references.repository.js';
import type { ColumnLayout, ImportField } from './columns.js';
import { countryCode } from './countries.js';
import type { ImportKind } from './import.entity.js';

export type Cell = string | number | boolean | Date | null;

export interface RowError {
  rowNumber: number;
  column: string | null;
  message: string;
}

interface ParsedCommon {
  rowNumber: number;
  /** Stable across files: the row id column if there is one, else a hash of the row's content. */
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

export interface ParsedConsultation extends ParsedCommon {
  kind: 'consultations';
  /** Wall-clock time at the venue, `YYYY-MM-DD HH:MM:SS`. */
  localTime: string;
  localDate: string;
  product: string | null;
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
const TYPE_WORDS: Record<string, ConsultationType> = { 부스: 'booth', 통역: 'interpreted', 통역상담: 'interpreted' };
/** Korean reports' 계약추진 and 체결. */
const STATUS_WORDS: Record<string, ContractStatus> = { 추진: 'expected', 계약추진: 'expected', 체결: 'signed', 계약체결: 'signed', 취소: 'cancelled' };

const pad = (value: number): string => String(value).padStart(2, '0');
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * One spreadsheet row read and checked with the API's own rules (money amounts, ISO currencies, the
 * fair's dates ± 1 day, enum values), or the list of what is wrong with it, cell by cell.
 */
export class RowParser {
  constructor(
    private readonly kind: ImportKind,
    private readonly layout: ColumnLayout,
    private readonly fair: FairFacts,
  ) {}

  parse(rowNumber: number, cells: readonly Cell[]): ParsedRow | RowError[] {
    const errors: RowError[] = [];
    const fail = (field: ImportField, message: string): null => {
      errors.push({ rowNumber, column: this.layout.header[field] ?? field, message });
      return null;
    };
    const text = (field: ImportField): string | null => {
      const position = this.layout.index[field];
      const value = position === undefined ? null : cells[position];
      if (value === null || value === undefined) return null;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
      const result = String(value).trim();
      return result === '' ? null : result;
    };

    const company = text('company') ?? fail('company', 'company is required');
    const registrationNumber = text('registrationNumber');
    const buyerEmail = this.email(text('buyerEmail'), fail);
    const countryText = text('country');
    const country = countryText === null ? null : (countryCode(countryText) ?? fail('country', `"${countryText}" is not an ISO 3166 code or a known country name`));
    if (countryText === null && buyerEmail === null) fail('country', 'country is required without a buyer email');
    const { amount, currency } = this.money(cells, fail);

    const common = {
      rowNumber,
      company: company ?? '',
      registrationNumber,
      buyerEmail,
      buyerOrganisation: text('buyerOrganisation'),
      buyerContact: text('buyerContact'),
      country,
      amount,
      currency,
      notes: text('notes'),
    };
    let row: ParsedRow | null;
    if (this.kind === 'consultations') {
      const localTime = this.localTime(cells, fail);
      row = {
        ...common,
        kind: 'consultations',
        key: '',
        localTime: localTime ?? '',
        localDate: localTime?.slice(0, 10) ?? '',
        product: text('product'),
        stage: this.choice(text('stage'), CONSULTATION_STAGES, STAGE_WORDS, 'consulted', 'stage', fail),
        type: this.choice(text('type'), CONSULTATION_TYPES, TYPE_WORDS, 'booth', 'type', fail),
      };
    } else {
      const status = this.choice(text('status'), CONTRACT_STATUSES, STATUS_WORDS, 'expected', 'status', fail);
      if (text('status') === null) fail('status', 'status is required (expected/추진, signed/체결 or cancelled)');
      const signedOn = this.date(cells, 'signedOn', fail);
      if (status === 'signed' && signedOn === null && errors.length === 0) fail('signedOn', 'a signed contract needs its signing date');
      if (amount === null && errors.length === 0) fail('amount', 'the contract amount is required');
      row = { ...common, kind: 'contracts', key: '', status, signedOn };
    }
    if (errors.length > 0) return errors;
    const ref = text('ref');
    row.key = ref === null ? `hash:${this.hash(row)}` : `ref:${ref}`;
    return row;
  }

  private hash(row: ParsedRow): string {
    const { rowNumber: _rowNumber, key: _key, ...content } = row;
    return createHash('sha256').update(JSON.stringify(content)).digest('base64url');
  }

  private email(value: string | null, fail: (field: ImportField, message: string) => null): string | null {
    if (value === null) return null;
    return isEmail(value) ? value.toLowerCase() : fail('buyerEmail', `"${value}" is not an email address`);
  }

  private money(cells: readonly Cell[], fail: (field: ImportField, message: string) => null): { amount: string | null; currency: string | null } {
    const position = this.layout.index.amount;
    const raw = position === undefined ? null : cells[position];
    let amount: string | null = null;
    if (typeof raw === 'number') amount = String(raw);
    else if (typeof raw === 'string' && raw.trim() !== '') amount = THOUSANDS.test(raw.trim()) ? raw.trim().replace(/,/g, '') : raw.trim();
    if (amount !== null) {
      const problem = amountProblem(amount, 'amount');
      if (problem) return { amount: fail('amount', problem), currency: null };
      amount = formatAmount(amount);
    }
    const currencyPosition = this.layout.index.currency;
    const currencyCell = currencyPosition === undefined ? null : cells[currencyPosition];
    const currencyText = currencyCell === null || currencyCell === undefined ? '' : String(currencyCell).trim().toUpperCase();
    if (amount === null) return { amount: null, currency: null };
    if (currencyText === '') return { amount, currency: fail('currency', 'currency is required with an amount') };
    if (!isISO4217CurrencyCode(currencyText)) return { amount, currency: fail('currency', `"${currencyText}" is not an ISO 4217 currency code`) };
    return { amount, currency: currencyText };
  }

  /** `YYYY-MM-DD[ HH:MM[:SS]]` at the venue, an Excel date cell (wall clock), or an instant with its offset. */
  private localTime(cells: readonly Cell[], fail: (field: ImportField, message: string) => null): string | null {
    const position = this.layout.index.occurredAt;
    const raw = position === undefined ? null : cells[position];
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
    if (wallClock === null) return fail('occurredAt', 'must be a date or date-time such as 2017-05-15 or 2017-05-15 10:30');
    const day = wallClock.slice(0, 10);
    if (day < addDays(this.fair.startsOn, -1) || day > addDays(this.fair.endsOn, 1)) {
      return fail('occurredAt', `${day} is outside the fair (${this.fair.startsOn} to ${this.fair.endsOn}, ± 1 day)`);
    }
    return wallClock;
  }

  private atVenue(instant: Date): string {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: this.fair.timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }).formatToParts(instant);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
  }

  private date(cells: readonly Cell[], field: ImportField, fail: (field: ImportField, message: string) => null): string | null {
    const position = this.layout.index[field];
    const raw = position === undefined ? null : cells[position];
    if (raw === null || raw === undefined || raw === '') return null;
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim().slice(0, 10);
    return isCalendarDate(value) ? value : fail(field, `"${String(raw)}" is not a date written YYYY-MM-DD`);
  }

  private choice<T extends string>(
    value: string | null,
    allowed: readonly T[],
    words: Record<string, T>,
    fallback: T,
    field: ImportField,
    fail: (field: ImportField, message: string) => null,
  ): T {
    if (value === null) return fallback;
    const lower = value.toLowerCase().replace(/[\s-]/g, '_');
    if ((allowed as readonly string[]).includes(lower)) return lower as T;
    const word = words[value.replace(/\s/g, '')];
    if (word !== undefined) return word;
    fail(field, `"${value}" is not one of ${allowed.join(', ')} (or ${Object.keys(words).join(', ')})`);
    return fallback;
  }
}
