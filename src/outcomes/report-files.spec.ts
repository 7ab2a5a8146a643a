import { columnLetter, currencyDecimals, displayWidth, fittedWidth, moneyFormat } from '../common/xlsx-style.js';
import { reportDisposition, reportLanguage } from './report-files.js';

describe('report files', () => {
  const day = new Date('2026-12-02T23:59:00Z');

  it('are named after the fair series and year and the day, in Korean with an ASCII fallback', () => {
    expect(reportDisposition('cmef-2017', 'en', 'xlsx', day)).toBe('attachment; filename=cmef-2017-outcome-report-2026-12-02.xlsx');
    expect(reportDisposition('cmef-2017', 'ko', 'csv', day)).toBe(
      "attachment; filename=cmef-2017-outcome-report-2026-12-02.csv; filename*=UTF-8''cmef-2017-%EC%84%B1%EA%B3%BC%EB%B3%B4%EA%B3%A0%EC%84%9C-2026-12-02.csv",
    );
  });

  it('are Korean for a KRW agency unless ?lang= says otherwise', () => {
    expect([reportLanguage(undefined, 'KRW'), reportLanguage(undefined, 'USD'), reportLanguage('en', 'KRW'), reportLanguage('ko', 'EUR')]).toEqual(['ko', 'en', 'en', 'ko']);
  });
});

describe('xlsx layout', () => {
  it('counts Hangul double, so "상담건수 Consultations" fits', () => {
    expect(displayWidth('상담건수 Consultations')).toBe(22);
    expect(fittedWidth([displayWidth('상담건수 Consultations')], 10)).toBe(25);
    expect(fittedWidth([200], 10)).toBe(60);
  });

  it('formats money with the currency decimals and names columns as Excel does', () => {
    expect(['USD', 'KRW', 'JPY', 'KWD'].map((currency) => moneyFormat(currencyDecimals(currency)))).toEqual(['#,##0.00', '#,##0', '#,##0', '#,##0.000']);
    expect([1, 26, 27, 52, 256, 702, 703, 16_384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'IV', 'ZZ', 'AAA', 'XFD']);
  });
});
