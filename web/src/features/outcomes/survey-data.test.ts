import { describe, expect, it } from 'vitest';
import type { RoundSurvey } from './api';
import { surveyView } from './survey-data';

const none = { count: 0, values: [] };
const round = (sequence: number, monthsAfter: number, opensAt: string, openedAt: string | null): RoundSurvey => ({
  roundId: `r${sequence}`,
  sequence,
  monthsAfter,
  opensAt,
  openedAt,
  openedOn: openedAt?.slice(0, 10) ?? null,
  companies: openedAt ? 7 : 0,
  responses: 0,
  responseRate: '0.0000',
  averageSatisfaction: null,
  satisfactionCounts: [0, 0, 0, 0, 0],
  wouldExhibitAgain: 0,
  wouldExhibitAgainShare: null,
  contractsSigned: none,
  contractsExpected: none,
  shipments: none,
});

describe('survey view', () => {
  it('shows nothing in the table until a round opens, and tells when the first one will', () => {
    const view = surveyView({ rounds: [round(2, 6, '2027-02-28T15:00:00.000Z', null), round(1, 3, '2026-11-29T15:00:00.000Z', null)] });
    expect(view.opened).toEqual([]);
    expect(view.nextOpensAt).toBe('2026-11-29T15:00:00.000Z');
  });

  it('lists opened rounds earliest first and the next one to open; none scheduled: no date', () => {
    const view = surveyView({
      rounds: [
        round(3, 12, '2018-05-17T16:00:00.000Z', null),
        round(2, 6, '2017-11-17T16:00:00.000Z', '2017-11-17T16:00:05.000Z'),
        round(1, 3, '2017-08-17T16:00:00.000Z', '2017-08-17T16:00:01.000Z'),
      ],
    });
    expect(view.opened.map((r) => r.sequence)).toEqual([1, 2]);
    expect(view.nextOpensAt).toBe('2018-05-17T16:00:00.000Z');
    expect(surveyView({ rounds: [] })).toEqual({ opened: [], nextOpensAt: null });
  });
});
