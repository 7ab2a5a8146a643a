import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, Page } from '@/components/page';
import { formatLocalDate } from '@/lib/format';
import { useFairOutcome } from './api';
import { DownloadButtons } from './download-buttons';
import { FairCharts } from './fair-charts';
import { Freshness } from './freshness';
import { FunnelSection } from './funnel-section';
import { HeadlineTable } from './headline-table';
import { SurveySection } from './survey-section';
import '@/components/dashboard.css';

/**
 * One fair's dashboard: the published table, freshness, downloads, what followed the fair (the funnel
 * and the exhibitor survey) and charts. It reads only the stored
 * outcome (never the records), so a fair of a million consultations opens as fast as a small one, and
 * it asks again every 2 s while visible, so a consultation logged at the booth shows without a reload.
 */
export function FairPage() {
  const { t, i18n } = useTranslation();
  const { fairId = '' } = useParams();
  const outcome = useFairOutcome(fairId);

  if (outcome.isPending) return <Loading />;
  if (outcome.isError) {
    const notFound = (outcome.error as { status?: number }).status === 404 || (outcome.error as { status?: number }).status === 400;
    return <p role="alert">{notFound ? t('app.notFound') : t('app.error', { message: outcome.error.message })}</p>;
  }
  const data = outcome.data;
  return (
    <Page title={data.fair.name}>
      <p className="muted">
        <Link to="/fairs">{t('outcomes.back')}</Link>
        {' · '}
        {formatLocalDate(data.fair.startsOn, i18n.language)} – {formatLocalDate(data.fair.endsOn, i18n.language)}
      </p>
      <Freshness computedAt={data.computedAt} stale={data.stale} />
      <HeadlineTable outcome={data} />
      <DownloadButtons fairId={fairId} />
      <FunnelSection outcome={data} />
      <SurveySection fairId={fairId} />
      <FairCharts outcome={data} />
    </Page>
  );
}
