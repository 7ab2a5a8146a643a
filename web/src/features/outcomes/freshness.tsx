import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAgo, formatDateTime } from '@/lib/format';

/** The clock, once a second, so "computed 2 seconds ago" keeps counting between refetches. */
function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** When the worker computed the stored outcome, and whether a newer write is still on its way. */
export function Freshness(props: { computedAt: string | null; stale: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  return (
    <p className={props.stale ? 'freshness stale' : 'freshness'}>
      {props.computedAt ? (
        <time dateTime={props.computedAt} title={formatDateTime(props.computedAt, Intl.DateTimeFormat().resolvedOptions().timeZone, i18n.language)}>
          {t('outcomes.computed', { ago: formatAgo(props.computedAt, now, i18n.language) })}
        </time>
      ) : (
        t('outcomes.neverComputed')
      )}
      {' · '}
      <span className="freshness-state">{props.stale ? t('outcomes.stale') : t('outcomes.fresh')}</span>
    </p>
  );
}
