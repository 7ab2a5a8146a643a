import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatMoney, formatNumber } from '@/lib/format';
import type { FairOutcome } from './api';

/**
 * The table agencies publish: companies, consultations, contracts signed and expected, each with its
 * count and its value in USD and in the agency's home currency at the rate pinned for the fair.
 */
export function HeadlineTable(props: { outcome: FairOutcome }) {
  const { t, i18n } = useTranslation();
  const { outcome } = props;
  const locale = i18n.language;
  const home = outcome.home;
  const usd = (amount: string) => formatMoney(amount, 'USD', locale);
  const inHome = (amount: string | null) => (amount === null ? '—' : formatMoney(amount, home.currency, locale));
  const rows = [
    { key: 'consultations', label: t('outcomes.consultations'), count: outcome.consultations.count, usd: outcome.consultations.valueUsd, home: home.consultationsValue },
    { key: 'signed', label: t('outcomes.signed'), count: outcome.contracts.signed.count, usd: outcome.contracts.signed.valueUsd, home: home.signedValue },
    { key: 'expected', label: t('outcomes.expected'), count: outcome.contracts.expected.count, usd: outcome.contracts.expected.valueUsd, home: home.expectedValue },
  ];
  return (
    <>
      <table className="headline" data-testid="headline">
        <caption>{t('outcomes.outcome')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes.measure')}</th>
            <th scope="col">{t('outcomes.count')}</th>
            <th scope="col">{t('outcomes.valueUsd')}</th>
            <th scope="col">{t('outcomes.valueHome', { currency: home.currency })}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-row="companies">
            <th scope="row">{t('outcomes.companies')}</th>
            <td className="num">{formatNumber(outcome.companies, locale)}</td>
            <td />
            <td />
          </tr>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{formatNumber(row.count, locale)}</td>
              <td className="num">{usd(row.usd)}</td>
              <td className="num">{inHome(row.home)}</td>
            </tr>
          ))}
          <tr data-row="buyers">
            <th scope="row">{t('outcomes.buyers')}</th>
            <td className="num">{formatNumber(outcome.buyers, locale)}</td>
            <td />
            <td />
          </tr>
          <tr data-row="countries">
            <th scope="row">{t('outcomes.countries')}</th>
            <td className="num">{formatNumber(outcome.countries, locale)}</td>
            <td />
            <td />
          </tr>
        </tbody>
      </table>
      <p className="muted">
        {home.rate && home.rateDate
          ? t('outcomes.rateLine', { currency: home.currency, rate: formatNumber(home.rate, locale), date: formatLocalDate(home.rateDate, locale) })
          : t('outcomes.noRate', { currency: home.currency })}
      </p>
    </>
  );
}
