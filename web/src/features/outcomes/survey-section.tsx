import { useTranslation } from 'react-i18next';
import { formatDate, formatFixed, formatLocalDate, formatNumber, formatShare } from '@/lib/format';
import { useFair, useSurveyResults } from './api';
import { surveyView } from './survey-data';

/**
 * The exhibitor survey (참가기업 만족도 조사) per opened round: companies asked, responses, response
 * rate, average satisfaction and the share who would exhibit again, as the API computes them. Before
 * the first round opens it says when that will be, in the fair's time zone.
 */
export function SurveySection(props: { fairId: string }) {
  const { t } = useTranslation();
  const survey = useSurveyResults(props.fairId);

  // A role the survey route refuses gets a plain sentence, not an error.
  if (survey.data && !survey.data.allowed) {
    return (
      <section className="survey" aria-labelledby="survey-heading">
        <h2 id="survey-heading">{t('outcomes.survey.heading')}</h2>
        <p className="muted">{t('outcomes.survey.notAllowed')}</p>
      </section>
    );
  }
  return (
    <section className="survey" aria-labelledby="survey-heading">
      <h2 id="survey-heading">{t('outcomes.survey.heading')}</h2>
      {survey.isPending ? <p className="muted">{t('app.loading')}</p> : null}
      {survey.isError ? <p role="alert">{t('app.error', { message: survey.error.message })}</p> : null}
      {survey.data?.allowed ? <SurveyRounds fairId={props.fairId} view={surveyView(survey.data.results)} /> : null}
    </section>
  );
}

function SurveyRounds(props: { fairId: string; view: ReturnType<typeof surveyView> }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const fair = useFair(props.fairId);
  const { opened, nextOpensAt } = props.view;
  const opens = nextOpensAt && fair.data ? formatDate(nextOpensAt, fair.data.timezone, locale) : null;
  // The next opening in the fair's time zone (once the fair is loaded); with nothing scheduled and nothing opened, say so.
  const when =
    nextOpensAt === null
      ? opened.length === 0
        ? t('outcomes.survey.noneScheduled')
        : null
      : opens && t(opened.length === 0 ? 'outcomes.survey.firstOpens' : 'outcomes.survey.nextOpens', { date: opens });
  const orDash = (value: string | null | undefined, format: (value: string) => string) => (value ? format(value) : '—');

  return (
    <>
      {opened.length === 0 ? (
        <p className="survey-empty" data-testid="survey-empty">
          {t('outcomes.survey.noneOpened')}
        </p>
      ) : (
        <table className="survey-rounds">
          <caption>{t('outcomes.survey.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outcomes.survey.round')}</th>
              <th scope="col">{t('outcomes.survey.opened')}</th>
              <th scope="col">{t('outcomes.survey.companies')}</th>
              <th scope="col">{t('outcomes.survey.responses')}</th>
              <th scope="col">{t('outcomes.survey.responseRate')}</th>
              <th scope="col">{t('outcomes.survey.satisfaction')}</th>
              <th scope="col">{t('outcomes.survey.again')}</th>
            </tr>
          </thead>
          <tbody>
            {opened.map((round) => (
              <tr key={round.roundId}>
                <th scope="row">{t('outcomes.survey.roundName', { sequence: round.sequence, months: round.monthsAfter })}</th>
                <td>{orDash(round.openedOn, (day) => formatLocalDate(day, locale))}</td>
                <td className="num">{formatNumber(round.companies, locale)}</td>
                <td className="num">{formatNumber(round.responses, locale)}</td>
                <td className="num">{formatShare(round.responseRate, locale)}</td>
                <td className="num">{orDash(round.averageSatisfaction, (average) => formatFixed(average, 2, locale))}</td>
                <td className="num">{orDash(round.wouldExhibitAgainShare, (share) => formatShare(share, locale))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {when ? (
        <p className="muted" data-testid="survey-next">
          {when}
        </p>
      ) : null}
    </>
  );
}
