import { create as contentDisposition } from 'content-disposition';
import type { ReportLanguage } from '../common/countries.js';

/**
 * Report file names a manager can file away: the fair's series and year (or the year), and the date
 * the report was made (UTC), e.g. `cmef-2017-outcome-report-2026-12-02.xlsx`; a Korean report is
 * named in Korean too (RFC 5987 `filename*`, with the ASCII name as the fallback `filename`).
 */
export function reportDisposition(subject: string, language: ReportLanguage, extension: 'xlsx' | 'csv', today = new Date()): string {
  const date = today.toISOString().slice(0, 10);
  const ascii = `${subject}-outcome-report-${date}.${extension}`;
  if (language === 'en') return contentDisposition(ascii);
  return contentDisposition(`${subject}-성과보고서-${date}.${extension}`, { fallback: ascii });
}

/**
 * Agencies have a home currency but no language setting: `?lang=` chooses, else Korean for a KRW
 * agency (the reports go to Korean ministries) and English for any other.
 */
export const reportLanguage = (requested: ReportLanguage | undefined, homeCurrency: string): ReportLanguage =>
  requested ?? (homeCurrency === 'KRW' ? 'ko' : 'en');
