import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatMoney, formatNumber } from '@/lib/format';
import type { FairOutcome } from './api';
import type { ChartLabels } from './chart';
import { ChartFigure } from './chart-figure';
import { cumulativeByMonth, funnelChart, funnelStages } from './funnel-data';

/**
 * What followed the consultations (성과 퍼널): the stages in a table, as the headline table shows its
 * figures (count, USD, home currency), then two charts with their own tables: the value at each stage,
 * and contracts signed and shipments made up to each month since the fair.
 */
export function FunnelSection(props: { outcome: FairOutcome }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { outcome } = props;
  const home = outcome.home;

  const stages = useMemo(() => funnelStages(outcome), [outcome]);
  const stageData = useMemo(() => funnelChart(outcome), [outcome]);
  const curveData = useMemo(() => cumulativeByMonth(outcome), [outcome]);
  const labels = useMemo(() => {
    const compact = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
    const base = { series: (name: string) => t(name), money: (value: number) => compact.format(value), count: (value: number) => formatNumber(value, locale) };
    return {
      stages: { ...base, category: (key: string) => t(key) } satisfies ChartLabels,
      months: { ...base, category: (month: string) => t('outcomes.monthN', { n: Number(month) }) } satisfies ChartLabels,
    };
  }, [t, locale]);
  const cell = (kind: 'money' | 'count', value: string) => (kind === 'money' ? formatMoney(value, 'USD', locale) : formatNumber(value, locale));
  const money = (amount: string | null, currency: string) => (amount === null ? '—' : formatMoney(amount, currency, locale));

  return (
    <section className="funnel" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">{t('outcomes.funnel')}</h2>
      <table className="stages" data-testid="funnel">
        <caption>{t('outcomes.funnelTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes.stage')}</th>
            <th scope="col">{t('outcomes.count')}</th>
            <th scope="col">{t('outcomes.valueUsd')}</th>
            <th scope="col">{t('outcomes.valueHome', { currency: home.currency })}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.key} data-row={stage.key}>
              <th scope="row">{t(stage.label)}</th>
              <td className="num">{formatNumber(stage.count, locale)}</td>
              <td className="num">{money(stage.valueUsd, 'USD')}</td>
              <td className="num">{money(stage.valueHome, home.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('outcomes.funnelNote')}</p>
      <div className="chart-grid">
        <ChartFigure title={t('outcomes.funnelChart')} data={stageData} labels={labels.stages} cell={cell} categoryHeader={t('outcomes.stage')} variant="horizontal" height={340} />
        <ChartFigure title={t('outcomes.curve')} data={curveData} labels={labels.months} cell={cell} categoryHeader={t('outcomes.month')} variant="line" />
      </div>
      <p className="muted">{t('outcomes.curveNote', { date: formatLocalDate(outcome.fair.endsOn, locale) })}</p>
    </section>
  );
}
