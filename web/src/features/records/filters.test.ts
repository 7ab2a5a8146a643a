import { describe, expect, it } from 'vitest';
import { filtersFrom, paramsFor } from './filters';

describe('record filters', () => {
  it('keeps only this list’s keys with a value, and upper-cases the country', () => {
    const params = new URLSearchParams('fairId=f1&country=cn&stage=won&status=signed&from=&to=2017-05-18&junk=1');
    expect(filtersFrom(params, ['fairId', 'companyId', 'country', 'stage', 'from', 'to'])).toEqual({ fairId: 'f1', country: 'CN', stage: 'won', to: '2017-05-18' });
    expect(filtersFrom(params, ['fairId', 'status'])).toEqual({ fairId: 'f1', status: 'signed' });
  });

  it('writes filters back to the address without empty values', () => {
    expect(paramsFor({ fairId: 'f1', country: ' ', from: '2017-05-15' }).toString()).toBe('fairId=f1&from=2017-05-15');
    expect(paramsFor({ country: 'vn' }).toString()).toBe('country=VN');
  });
});
