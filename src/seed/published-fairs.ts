/**
 * The fairs and outcomes of `fixtures/published-outcomes.json` (the shared design fixture), as the press
 * published them. Amounts in USD; `approximate` marks figures given as "about" or "over". The repo
 * carries its own copy because the seed cannot read the fixture at run time.
 */
export interface PublishedFigure {
  count?: number;
  valueUsd?: string;
  approximate?: boolean;
}

export interface PublishedFair {
  series: string;
  name: string;
  year: number;
  city: string;
  country: string;
  venue: string;
  timezone: string;
  startsOn: string;
  endsOn: string;
  /** The agency the source credits with the pavilion. */
  agency: string;
  outcome: {
    companies?: number;
    consultations?: PublishedFigure;
    contractsSigned?: PublishedFigure;
    contractsExpected?: PublishedFigure;
  };
  source: string;
}

const SOURCE = 'Gangwon Domin Ilbo, on the Wonju Medical Industry Techno Valley (2017)';

export const ARAB_HEALTH_2017: PublishedFair = {
  series: 'arab-health',
  name: 'Arab Health 2017',
  year: 2017,
  city: 'Dubai',
  country: 'AE',
  venue: 'Dubai World Trade Centre',
  timezone: 'Asia/Dubai',
  startsOn: '2017-01-30',
  endsOn: '2017-02-02',
  agency: 'Wonju Medical Industry Techno Valley',
  outcome: { contractsExpected: { count: 198, valueUsd: '8160000.00' } },
  source: SOURCE,
};

export const KIMES_2017: PublishedFair = {
  series: 'kimes',
  name: 'KIMES 2017',
  year: 2017,
  city: 'Seoul',
  country: 'KR',
  venue: 'COEX',
  timezone: 'Asia/Seoul',
  startsOn: '2017-03-16',
  endsOn: '2017-03-19',
  agency: 'Gangwon province medical-device companies',
  outcome: {
    companies: 41,
    consultations: { count: 5000, approximate: true },
    contractsSigned: { valueUsd: '7000000.00', approximate: true },
  },
  source: SOURCE,
};

export const CMEF_2017: PublishedFair = {
  series: 'cmef',
  name: 'CMEF 2017',
  year: 2017,
  city: 'Shanghai',
  country: 'CN',
  venue: 'National Exhibition and Convention Center',
  timezone: 'Asia/Shanghai',
  startsOn: '2017-05-15',
  endsOn: '2017-05-18',
  agency: 'Wonju Medical Industry Techno Valley',
  outcome: {
    companies: 7,
    consultations: { count: 360, valueUsd: '10450000.00' },
    contractsSigned: { count: 38, valueUsd: '3090000.00' },
  },
  source: SOURCE,
};

export const PUBLISHED_FAIRS: readonly PublishedFair[] = [ARAB_HEALTH_2017, KIMES_2017, CMEF_2017];
