import { describe, expect, it } from 'vitest';
import { expiryFrom } from './expiry';

describe('expiryFrom', () => {
  it('is the last second of the chosen day where the admin is, as an ISO instant', () => {
    const iso = expiryFrom('2027-03-31')!;
    const local = new Date(iso);
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours(), local.getMinutes()]).toEqual([2027, 3, 31, 23, 59]);
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('is no expiry for an empty or malformed date', () => {
    expect(expiryFrom('')).toBeUndefined();
    expect(expiryFrom('31/03/2027')).toBeUndefined();
  });
});
