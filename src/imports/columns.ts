import { columnLetter } from '../common/xlsx-style.js';
import type { ImportKind } from './import.entity.js';

/** The fields an import row can carry, whatever its headers are called. */
export const IMPORT_FIELDS = [
  'ref',
  'company',
  'registrationNumber',
  'buyerOrganisation',
  'buyerContact',
  'buyerEmail',
  'country',
  'occurredAt',
  'product',
  'quantity',
  'amount',
  'currency',
  'stage',
  'type',
  'status',
  'signedOn',
  'notes',
  'rating',
  'nextStep',
  'followUpDue',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Headers as agencies write them, in English and Korean, compared after `normalise`. */
const HEADERS: Record<ImportField, string[]> = {
  ref: ['ref', 'rowid', 'id', 'no', 'number', '번호', '순번', '연번'],
  company: ['company', 'companyname', 'exhibitor', '업체명', '기업명', '회사명', '참가업체', '참가기업'],
  registrationNumber: ['registrationnumber', 'businessregistrationnumber', 'companyregistrationnumber', 'brn', '사업자등록번호', '사업자번호'],
  buyerOrganisation: ['buyerorganisation', 'buyerorganization', 'buyer', 'buyercompany', '바이어회사', '바이어', '바이어업체', '바이어업체명', '바이어기업'],
  buyerContact: ['buyercontact', 'buyercontactname', 'contactname', '바이어담당자', '담당자'],
  buyerEmail: ['buyeremail', 'email', '이메일', '바이어이메일'],
  country: ['country', 'buyercountry', '국가', '바이어국가'],
  occurredAt: ['date', 'consultationdate', 'occurredat', 'datetime', '상담일자', '상담일시', '일자', '일시'],
  product: ['product', 'productinterest', '품목', '상담품목'],
  quantity: ['quantity', 'qty', '수량'],
  amount: ['amount', 'estimatedamount', 'consultationamount', 'estimatedvalue', 'contractamount', 'value', '상담액', '상담금액', '계약액', '계약금액'],
  currency: ['currency', 'estimatedcurrency', 'valuecurrency', '통화'],
  stage: ['stage', '상담단계', '진행단계'],
  type: ['type', 'consultationtype', '상담유형', '상담형태'],
  status: ['contractstatus', 'status', '계약상태'],
  signedOn: ['signedon', 'signingdate', 'contractdate', '계약일자', '계약일'],
  notes: ['notes', 'note', 'remarks', '비고', '메모'],
  rating: ['rating', 'leadrating', 'lead', '리드등급', '바이어등급', '등급'],
  nextStep: ['nextstep', 'nextaction', '다음단계', '후속조치', '향후계획'],
  followUpDue: ['followupdue', 'followupdate', 'duedate', '후속조치일', '후속일자', '팔로업일자'],
};

/**
 * Headers of Pavilion's own exports that carry nothing an import writes: recognised, so a re-imported
 * export is read as it was written, and still reported as ignored with the reason.
 */
const NOT_IMPORTED: Record<string, string> = {
  fairid: "the fair is the import's fairId",
  localdate: 'derived from the consultation time and the fair time zone',
  estimatedvalueusd: "recomputed from the agency's exchange rates",
  valueusd: "recomputed from the agency's exchange rates",
  rateunitsperusd: "recomputed from the agency's exchange rates",
  buyerphone: 'not imported (personal data is entered through the API)',
};

/** Whether a header is one the import knows: a field, or an export column it deliberately skips. */
export const isImportHeader = (header: string): boolean => BY_HEADER.has(normalise(header)) || normalise(header) in NOT_IMPORTED;

export interface IgnoredColumn {
  header: string;
  reason: string;
}

const normalise = (header: string): string => header.normalize('NFC').toLowerCase().replace(/[\s_.\-/()]/g, '');

const BY_HEADER = new Map<string, ImportField>(
  Object.entries(HEADERS).flatMap(([field, names]) => names.map((name) => [name, field as ImportField] as const)),
);

/** What each kind needs: a row without these columns cannot be read at all. */
const REQUIRED: Record<ImportKind, ImportField[]> = {
  consultations: ['company', 'occurredAt'],
  contracts: ['company', 'amount', 'currency', 'status'],
};

export interface ColumnLayout {
  /** Field → 0-based column index. */
  index: Partial<Record<ImportField, number>>;
  /** Field → the header as written in the file, for error reports. */
  header: Partial<Record<ImportField, string>>;
  /** Every named header that maps to no field, with why: reported in the import's result, never silent. */
  ignored: IgnoredColumn[];
}

/**
 * Maps the header row to fields: by the explicit mapping (header → field) when one was sent, else by
 * the known English and Korean names. Other headers are skipped and listed in `ignored`; a missing required one, or two
 * headers for one field, is a problem with the whole file (returned as a message).
 */
export function layoutOf(headers: readonly string[], kind: ImportKind, mapping: Record<string, string> | null): ColumnLayout | string {
  const layout: ColumnLayout = { index: {}, header: {}, ignored: [] };
  const explicit = mapping && new Map(Object.entries(mapping).map(([header, field]) => [normalise(header), field as ImportField]));
  for (const [position, raw] of headers.entries()) {
    const header = raw.trim();
    // Headers are kept (ignoredColumns, the error file) where PostgreSQL cannot store a NUL.
    if (header.includes('\u0000')) return `the header in column ${columnLetter(position + 1)} contains a NUL character (U+0000); headers must be plain text`;
    const field = explicit ? explicit.get(normalise(header)) : BY_HEADER.get(normalise(header));
    if (field === undefined) {
      if (header !== '') layout.ignored.push({ header, reason: explicit ? 'not in the mapping' : (NOT_IMPORTED[normalise(header)] ?? 'unknown column') });
      continue;
    }
    if (layout.index[field] !== undefined) return `columns "${layout.header[field]}" and "${header}" both map to ${field}`;
    layout.index[field] = position;
    layout.header[field] = header;
  }
  const missing = REQUIRED[kind].filter((field) => layout.index[field] === undefined);
  if (missing.length > 0) {
    const named = headers.map((header) => header.trim()).filter((header) => header !== '');
    const shown = named.slice(0, 30).join(', ') + (named.length > 30 ? `, … (${named.length} headers)` : '');
    return `no column for ${missing.join(', ')} (headers: ${shown})`;
  }
  if (layout.index.country === undefined && layout.index.buyerEmail === undefined) {
    return 'no column for country (or buyerEmail, for known buyers)';
  }
  return layout;
}
