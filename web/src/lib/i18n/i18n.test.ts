import { describe, expect, it } from 'vitest';
import { en } from './en';
import { pickLanguage } from './index';
import { ko } from './ko';

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`)));

describe('i18n', () => {
  it('Korean has every English key and no other', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });

  it('keeps the contract names of the English locale', () => {
    expect([en.signIn.email, en.signIn.password, en.signIn.submit]).toEqual(['Email', 'Password', 'Sign in']);
    expect([en.booth.fair, en.booth.company, en.booth.buyerEmail, en.booth.buyerCountry, en.booth.amount, en.booth.currency, en.booth.log]).toEqual([
      'Fair',
      'Company',
      'Buyer email',
      'Buyer country',
      'Amount',
      'Currency',
      'Log consultation',
    ]);
  });

  it('takes the stored choice first, then the browser languages, then English', () => {
    expect(pickLanguage('ko', ['en-US'])).toBe('ko');
    expect(pickLanguage(null, ['fr-FR', 'ko-KR'])).toBe('ko');
    expect(pickLanguage('de', ['fr-FR'])).toBe('en');
  });
});
