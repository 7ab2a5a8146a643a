import { describe, expect, it } from 'vitest';
import { dashboardEn } from './dashboard.en';
import { dashboardKo } from './dashboard.ko';
import { en } from './en';
import { pickLanguage } from './index';
import { ko } from './ko';

/** Every namespace the app loads, in both languages: a namespace added here is covered by the key check. */
const NAMESPACES = { translation: { en, ko }, dashboard: { en: dashboardEn, ko: dashboardKo } };

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`)));

describe('i18n', () => {
  it.each(Object.entries(NAMESPACES))('Korean has every English key and no other in namespace %s', (_, { en, ko }) => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });

  it('keeps namespaces apart, so a key resolves to one string whichever namespace is loaded first', () => {
    const topLevel = Object.values(NAMESPACES).flatMap(({ en }) => Object.keys(en));
    expect(new Set(topLevel).size).toBe(topLevel.length);
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
