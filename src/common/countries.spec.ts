import { isISO31661Alpha2 } from 'class-validator';
import { COUNTRY_CODES, countryCode, countryName } from './countries.js';

const ALL_PAIRS: string[] = [];
for (let first = 65; first <= 90; first++) for (let second = 65; second <= 90; second++) ALL_PAIRS.push(String.fromCharCode(first, second));

describe('the country table', () => {
  it('holds exactly the codes the API accepts, so the import stores nothing the API would refuse', () => {
    expect(ALL_PAIRS.filter((code) => COUNTRY_CODES.has(code))).toEqual(ALL_PAIRS.filter((code) => isISO31661Alpha2(code)));
    expect(ALL_PAIRS.map(countryCode).filter((code) => code !== null && !isISO31661Alpha2(code))).toEqual([]);
  });

  it('refuses the reserved and withdrawn codes Intl knows as regions', () => {
    expect(['AC', 'CP', 'CQ', 'DG', 'EA', 'FX', 'IC', 'TA', 'XK', 'VD', 'ZZ'].map(countryCode)).toEqual(Array(11).fill(null));
  });

  it('reads the names and aliases agencies write, in English and Korean', () => {
    const written: Record<string, string> = {
      '홍콩': 'HK', '터키': 'TR', '영국': 'GB', 'Hong Kong': 'HK', Turkey: 'TR', 'Czech Republic': 'CZ', UK: 'GB', uk: 'GB',
      England: 'GB', USA: 'US', UAE: 'AE', Korea: 'KR', Russia: 'RU', Vietnam: 'VN', Iran: 'IR', Taiwan: 'TW',
      '미국': 'US', '아랍에미리트': 'AE', '한국': 'KR', '체코': 'CZ', '러시아': 'RU', '베트남': 'VN', '이란': 'IR', '대만': 'TW',
      Türkiye: 'TR', Czechia: 'CZ', 'United States': 'US', 'cn': 'CN', ' de ': 'DE', '중국': 'CN', 'Saudi Arabia': 'SA',
    };
    expect(Object.fromEntries(Object.keys(written).map((name) => [name, countryCode(name)]))).toEqual(written);
    expect(['Atlantis', 'XX', '', 'Hong Kong SAR China Mars'].map(countryCode)).toEqual([null, null, null, null]);
  });

  it('names countries in Korean or English for reports', () => {
    expect(['CN', 'TW', 'KR', 'HK', 'US'].map((code) => countryName(code, 'ko'))).toEqual(['중국', '대만', '한국', '홍콩', '미국']);
    expect(['CN', 'TW', 'KR', 'HK', 'TR'].map((code) => countryName(code, 'en'))).toEqual(['China', 'Taiwan', 'South Korea', 'Hong Kong', 'Türkiye']);
  });
});
