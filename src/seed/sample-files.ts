import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { csvText } from '../common/spreadsheets.js';
import { BUYERS, COMPANIES } from './demo-catalogue.js';
import { DEMO_FAIR_PLANS, DEMO_RATES, type FairPlan } from './demo-plan.js';
import { exhibitorsOf, fairRecords } from './demo-records.js';
import { RateBook } from './seed-money.js';

type Language = 'en' | 'ko';
type Encoding = 'utf-8' | 'utf-8-bom' | 'cp949' | 'xlsx';

/** How each demo fair's two files are written: one Korean CP949 CSV, one BOM CSV, the rest mixed. */
const LAYOUT: Record<string, { consultations: [Language, Encoding]; contracts: [Language, Encoding] }> = {
  'arab-health': { consultations: ['en', 'utf-8'], contracts: ['en', 'xlsx'] },
  kimes: { consultations: ['ko', 'cp949'], contracts: ['ko', 'xlsx'] },
  cmef: { consultations: ['en', 'xlsx'], contracts: ['ko', 'utf-8-bom'] },
};

const HEADERS: Record<Language, { consultations: string[]; contracts: string[] }> = {
  en: {
    consultations: ['Ref', 'Company', 'Registration number', 'Buyer organisation', 'Buyer contact', 'Buyer email', 'Country', 'Date', 'Product', 'Amount', 'Currency', 'Stage', 'Type'],
    contracts: ['Ref', 'Company', 'Registration number', 'Buyer organisation', 'Buyer contact', 'Buyer email', 'Country', 'Contract status', 'Signed on', 'Contract amount', 'Currency'],
  },
  ko: {
    consultations: ['번호', '업체명', '사업자등록번호', '바이어 회사', '바이어 담당자', '이메일', '국가', '상담일자', '품목', '상담액', '통화', '상담단계', '상담유형'],
    contracts: ['번호', '업체명', '사업자등록번호', '바이어 회사', '바이어 담당자', '이메일', '국가', '계약상태', '계약일자', '계약액', '통화'],
  },
};

const KOREAN_STATUS: Record<string, string> = { expected: '추진', provisional: '가계약', signed: '체결', cancelled: '취소' };
const KOREAN_STAGE: Record<string, string> = { consulted: '상담', follow_up: '후속', negotiating: '협상', won: '성사', lost: '실패' };
const KOREAN_TYPE: Record<string, string> = { booth: '부스', interpreted: '통역' };
const koreanCountry = new Intl.DisplayNames('ko', { type: 'region' });

type Kind = 'consultations' | 'contracts';

/** One demo fair's records, generated once, with what formatting them needs. */
interface FairSample {
  prefix: string;
  records: ReturnType<typeof fairRecords>;
  byNumber: Map<string, { name: string; localName?: string | null }>;
  byEmail: Map<string, { organisation: string; contactName: string; email: string }>;
}

/** Exactly the records the demo seed creates for one fair. */
function fairSample(plan: FairPlan): FairSample {
  const exhibitors = exhibitorsOf(plan, COMPANIES);
  const companies = exhibitors.map((company) => ({ ...company, id: company.registrationNumber }));
  const buyers = BUYERS.filter((buyer) => buyer.country in plan.buyerCountries).map((buyer) => ({ ...buyer, id: buyer.email }));
  const records = fairRecords(plan, companies, buyers, new RateBook(DEMO_RATES));
  return {
    prefix: `${plan.fair.series.toUpperCase()}${plan.fair.year}`,
    records,
    byNumber: new Map(companies.map((company) => [company.id, company])),
    byEmail: new Map(buyers.map((buyer) => [buyer.id, buyer])),
  };
}

/** The rows of one of a demo fair's sample files, in `language`. */
function formatRows({ prefix, records, byNumber, byEmail }: FairSample, language: Language, kind: Kind): string[][] {
  const ko = language === 'ko';
  const party = (companyId: string, buyerId: string | null, country: string) => {
    const company = byNumber.get(companyId);
    const buyer = buyerId === null ? undefined : byEmail.get(buyerId);
    return [
      (ko ? company?.localName : company?.name) ?? '',
      companyId,
      buyer?.organisation ?? '',
      buyer?.contactName ?? '',
      buyer?.email ?? '',
      ko ? (koreanCountry.of(country) ?? country) : country,
    ];
  };
  if (kind === 'consultations') {
    return records.consultations.map((row, index) => [
      `${prefix}-C${String(index + 1).padStart(5, '0')}`,
      ...party(row.companyId, row.buyerId, row.buyerCountry),
      row.localTime,
      row.productInterest,
      row.estimatedAmount ?? '',
      row.estimatedCurrency ?? '',
      ko ? KOREAN_STAGE[row.stage] : row.stage,
      ko ? KOREAN_TYPE[row.type] : row.type,
    ]);
  }
  return records.contracts.map((row, index) => [
    `${prefix}-K${String(index + 1).padStart(5, '0')}`,
    ...party(row.companyId, row.buyerId, row.buyerCountry),
    ko ? KOREAN_STATUS[row.status] : row.status,
    row.signedOn ?? '',
    row.valueAmount,
    row.valueCurrency,
  ]);
}

/** The rows of one demo fair's two sample files, from exactly the records the demo seed creates. */
export function sampleRows(plan: FairPlan, language: Language): { consultations: string[][]; contracts: string[][] } {
  const sample = fairSample(plan);
  return { consultations: formatRows(sample, language, 'consultations'), contracts: formatRows(sample, language, 'contracts') };
}

async function writeXlsx(path: string, headers: string[], rows: string[][]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(path), useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(headers).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

async function writeCsv(path: string, headers: string[], rows: string[][], encoding: Exclude<Encoding, 'xlsx'>): Promise<void> {
  const text = csvText([headers, ...rows], { recordDelimiter: 'windows' });
  if (encoding === 'cp949') await writeFile(path, iconv.encode(text, 'cp949'));
  else await writeFile(path, (encoding === 'utf-8-bom' ? '\uFEFF' : '') + text);
}

/** Writes the six sample files (two per demo fair) into `dir`; returns their names. */
export async function writeSamples(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const plan of DEMO_FAIR_PLANS) {
    const layout = LAYOUT[plan.fair.series];
    const sample = fairSample(plan);
    for (const kind of ['consultations', 'contracts'] as const) {
      const [language, encoding] = layout[kind];
      const rows = formatRows(sample, language, kind);
      const name = `${plan.fair.series}-${plan.fair.year}-${kind}${language === 'ko' ? '.ko' : ''}${encoding === 'cp949' ? '.cp949' : ''}.${encoding === 'xlsx' ? 'xlsx' : 'csv'}`;
      const path = join(dir, name);
      if (encoding === 'xlsx') await writeXlsx(path, HEADERS[language][kind], rows);
      else await writeCsv(path, HEADERS[language][kind], rows, encoding);
      written.push(name);
    }
  }
  return written;
}
