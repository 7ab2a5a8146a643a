import type { RoundSurvey, SurveyResults } from './api';

export interface SurveyView {
  /** Rounds that have opened (companies were asked), earliest first: the table's rows. */
  opened: RoundSurvey[];
  /** When the next round still to open opens (an instant, shown in the fair's time zone); null when none is scheduled. */
  nextOpensAt: string | null;
}

/**
 * The exhibitor survey as the dashboard shows it. A round that has not opened has asked nobody, so its
 * zeros would read as "nobody answered": it is left out of the table and only its opening date is told.
 */
export function surveyView(results: Pick<SurveyResults, 'rounds'>): SurveyView {
  const rounds = [...results.rounds].sort((a, b) => a.monthsAfter - b.monthsAfter || a.sequence - b.sequence);
  const waiting = rounds.filter((round) => !round.openedAt).map((round) => round.opensAt);
  return {
    opened: rounds.filter((round) => Boolean(round.openedAt)),
    nextOpensAt: waiting.length === 0 ? null : waiting.reduce((first, at) => (Date.parse(at) < Date.parse(first) ? at : first)),
  };
}
