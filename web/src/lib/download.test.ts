import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it("takes the server's file name from Content-Disposition", () => {
    expect(fileNameFrom('attachment; filename="outcome-report.xlsx"', 'x')).toBe('outcome-report.xlsx');
    expect(fileNameFrom('attachment; filename=report.csv', 'x')).toBe('report.csv');
  });

  it('prefers the encoded filename* (Korean names) and falls back when there is none', () => {
    expect(fileNameFrom(`attachment; filename="r.xlsx"; filename*=UTF-8''%EC%84%B1%EA%B3%BC.xlsx`, 'x')).toBe('성과.xlsx');
    expect(fileNameFrom(null, 'fallback.csv')).toBe('fallback.csv');
    expect(fileNameFrom('attachment', 'fallback.csv')).toBe('fallback.csv');
  });
});
