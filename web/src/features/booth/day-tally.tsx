import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, sumDecimals } from '@/lib/format';
import type { Consultation } from './api';

/** Today's count and USD value at this booth and the staff member's own, summed exactly from the API's decimal strings. */
export function DayTally(props: { consultations: Consultation[] | undefined; userId: string }) {
  const { t, i18n } = useTranslation();
  const all = props.consultations;
  const line = (list: Consultation[] | undefined) =>
    list
      ? t('booth.tallyLine', {
          count: list.length,
          n: formatNumber(list.length, i18n.language),
          value: formatMoney(sumDecimals(list.map((c) => c.estimatedValueUsd)), 'USD', i18n.language),
        })
      : '—';
  return (
    <section aria-labelledby="tally-title" className="tally-section">
      <h2 id="tally-title">{t('booth.today')}</h2>
      <div className="tally">
        <div data-testid="tally-booth">
          <strong>{t('booth.tallyBooth')}</strong>
          {line(all)}
        </div>
        <div data-testid="tally-mine">
          <strong>{t('booth.tallyMine')}</strong>
          {line(all?.filter((c) => c.loggedBy === props.userId))}
        </div>
      </div>
    </section>
  );
}
