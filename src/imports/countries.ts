/** ISO 3166-1 alpha-2 codes, and English and Korean names (as ICU spells them) to codes. */
const CODES: string[] = [];
for (let first = 65; first <= 90; first++) {
  for (let second = 65; second <= 90; second++) CODES.push(String.fromCharCode(first, second));
}

/** Withdrawn codes and ICU's pseudo-regions, whose names would shadow the current countries' (베트남 → VD). */
const NOT_COUNTRIES = new Set([
  'AN', 'BU', 'CS', 'CT', 'DD', 'DY', 'EU', 'EZ', 'FQ', 'HV', 'JT', 'MI', 'NH', 'NQ', 'NT', 'PC', 'PU', 'PZ', 'QO', 'RH', 'SU', 'TP',
  'UN', 'VD', 'WK', 'YD', 'YU', 'ZR', 'ZZ',
]);

const key = (name: string): string => name.normalize('NFC').toLowerCase().replace(/[\s.'’,()-]/g, '');

/** Names people write that ICU spells otherwise. */
const ALIASES: Record<string, string> = {
  uae: 'AE',
  usa: 'US',
  us: 'US',
  uk: 'GB',
  korea: 'KR',
  southkorea: 'KR',
  russia: 'RU',
  vietnam: 'VN',
  '미국': 'US',
  '영국': 'GB',
  '한국': 'KR',
  '대한민국': 'KR',
  '러시아': 'RU',
  '사우디': 'SA',
  'uae(아랍에미리트)': 'AE',
};

const BY_NAME = new Map<string, string>(Object.entries(ALIASES).map(([name, code]) => [key(name), code]));
const KNOWN = new Set<string>();
for (const locale of ['en', 'ko']) {
  const names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  for (const code of CODES) {
    const name = names.of(code);
    if (name === undefined || name === code || NOT_COUNTRIES.has(code) || code.startsWith('X')) continue;
    KNOWN.add(code);
    if (!BY_NAME.has(key(name))) BY_NAME.set(key(name), code);
  }
}

/** The ISO code of a country written as a code or an English or Korean name; null if unknown. */
export function countryCode(value: string): string | null {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && KNOWN.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return BY_NAME.get(key(trimmed)) ?? null;
}
