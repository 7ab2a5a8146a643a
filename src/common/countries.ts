import countries from 'i18n-iso-countries';

/**
 * The one country table of the service: the API's filters and bodies (class-validator's
 * `IsISO31661Alpha2`) and the import both accept exactly these ISO 3166-1 alpha-2 codes, and only these
 * are ever stored. Names come from `i18n-iso-countries` (English and Korean, all its variants) plus the
 * aliases agencies write, which are names only: "UK" is read as GB, never stored as a code.
 */

/** XK (Kosovo) is a user-assigned code, not ISO 3166-1; class-validator refuses it, so do we. */
const NOT_ISO = new Set(['XK']);
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()).filter((code) => !NOT_ISO.has(code)));

const key = (name: string): string => name.normalize('NFC').toLowerCase().replace(/[\s.'’,()-]/g, '');

/** Names people write that the package spells otherwise, or not at all (checked before its names). */
const ALIASES: Record<string, string> = {
  uk: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', britain: 'GB', greatbritain: 'GB', unitedkingdom: 'GB',
  usa: 'US', us: 'US', america: 'US', unitedstates: 'US',
  uae: 'AE', emirates: 'AE', unitedarabemirates: 'AE',
  korea: 'KR', southkorea: 'KR', republicofkorea: 'KR', northkorea: 'KP',
  hongkong: 'HK', hongkongsar: 'HK', hongkongsarchina: 'HK', macau: 'MO', macao: 'MO',
  turkey: 'TR', türkiye: 'TR', turkiye: 'TR',
  czechrepublic: 'CZ', czechia: 'CZ',
  russia: 'RU', vietnam: 'VN', iran: 'IR', taiwan: 'TW', syria: 'SY', laos: 'LA', bolivia: 'BO', venezuela: 'VE',
  tanzania: 'TZ', moldova: 'MD', brunei: 'BN', holland: 'NL', saudi: 'SA', ksa: 'SA', prc: 'CN', mainlandchina: 'CN',
  '영국': 'GB', '잉글랜드': 'GB', '미국': 'US', '아랍에미리트': 'AE', '아랍에미레이트': 'AE', '아랍에미리트연합': 'AE',
  'uae(아랍에미리트)': 'AE', '한국': 'KR', '대한민국': 'KR', '남한': 'KR', '북한': 'KP', '홍콩': 'HK', '마카오': 'MO',
  '터키': 'TR', '튀르키예': 'TR', '체코': 'CZ', '체코공화국': 'CZ', '러시아': 'RU', '베트남': 'VN', '이란': 'IR',
  '대만': 'TW', '타이완': 'TW', '중국': 'CN', '사우디': 'SA', '사우디아라비아': 'SA', '독일': 'DE', '일본': 'JP',
};

/** Display names where the package's first name is not the one a Korean or English report uses. */
const DISPLAY: Record<'en' | 'ko', Record<string, string>> = {
  en: { KR: 'South Korea', TW: 'Taiwan', HK: 'Hong Kong', TR: 'Türkiye', CZ: 'Czechia', RU: 'Russia', IR: 'Iran', VN: 'Vietnam', GB: 'United Kingdom', US: 'United States' },
  ko: { TW: '대만', CZ: '체코', KR: '한국', HK: '홍콩', MO: '마카오' },
};
/** ICU's short common names ("China", "Bolivia"), where the package leads with official ones. */
const ICU = { en: new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }), ko: new Intl.DisplayNames('ko', { type: 'region', fallback: 'none' }) };

const BY_NAME = new Map<string, string>(Object.entries(ALIASES).map(([name, code]) => [key(name), code]));
for (const locale of ['en', 'ko']) {
  for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
    if (!COUNTRY_CODES.has(code)) continue;
    for (const name of names) if (!BY_NAME.has(key(name))) BY_NAME.set(key(name), code);
  }
}

/** Whether a value is one of the stored codes (upper case, exactly two letters). */
export const isCountryCode = (value: string): boolean => COUNTRY_CODES.has(value);

/** The ISO code of a country written as a code or an English or Korean name or alias; null if unknown. */
export function countryCode(value: string): string | null {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && COUNTRY_CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return BY_NAME.get(key(trimmed)) ?? null;
}

export type ReportLanguage = 'ko' | 'en';

/** The country's name in a report's language; the code itself for anything not in the table. */
export function countryName(code: string, language: ReportLanguage): string {
  return DISPLAY[language][code] ?? ICU[language].of(code) ?? countries.getName(code, language) ?? code;
}
