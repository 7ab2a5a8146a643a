import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatMoney, formatNumber } from '@/lib/format';
import { useSeries, type FairOutcome } from './api';
import type { ChartLabels } from './chart';
import { byCompany, byCountry, byDay, meetings, seriesByYear } from './chart-data';
import { ChartFigure } from './chart-figure';

const countryName = (code: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** The fair's five charts, each with its table: company, country, day, meetings, and the series by year. */
export function FairCharts(props: { outcome: FairOutcome }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { outcome } = props;
  const series = useSeries(outcome.fair.series);

  const base = useMemo(() => {
    const compact = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
    return {
      series: (name: string) => t(name),
      money: (value: number) => compact.format(value),
      count: (value: number) => formatNumber(value, locale),
    };
  }, [t, locale]);
  const plain: ChartLabels = useMemo(() => ({ ...base, category: (raw: string) => raw }), [base]);
  const translated: ChartLabels = useMemo(() => ({ ...base, category: (raw: string) => t(raw) }), [base, t]);
  const countries: ChartLabels = useMemo(() => ({ ...base, category: (raw: string) => `${countryName(raw, locale)} (${raw})` }), [base, locale]);
  const days: ChartLabels = useMemo(() => ({ ...base, category: (raw: string) => formatLocalDate(raw, locale) }), [base, locale]);
  const cell = (kind: 'money' | 'count', value: string) => (kind === 'money' ? formatMoney(value, 'USD', locale) : formatNumber(value, locale));

  const companyData = useMemo(() => byCompany(outcome), [outcome]);
  const countryData = useMemo(() => byCountry(outcome), [outcome]);
  const dayData = useMemo(() => byDay(outcome), [outcome]);
  const meetingData = useMemo(() => meetings(outcome), [outcome]);
  const yearData = useMemo(() => (series.data ? seriesByYear(series.data) : { categories: [], series: [] }), [series.data]);

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('outcomes.charts')}</h2>
      <div className="chart-grid">
        <ChartFigure title={t('outcomes.byCompany')} data={companyData} labels={plain} cell={cell} categoryHeader={t('outcomes.company')} />
        <ChartFigure title={t('outcomes.byCountry')} data={countryData} labels={countries} cell={cell} categoryHeader={t('outcomes.country')} />
        <ChartFigure title={t('outcomes.byDay')} data={dayData} labels={days} cell={cell} categoryHeader={t('outcomes.day')} />
        <ChartFigure title={t('outcomes.meetings')} data={meetingData} labels={translated} cell={cell} categoryHeader={t('outcomes.measure')} />
        <ChartFigure
          title={t('outcomes.series', { series: outcome.fair.series.toUpperCase() })}
          data={yearData}
          labels={plain}
          cell={cell}
          categoryHeader={t('outcomes.year')}
        />
      </div>
    </section>
  );
}
