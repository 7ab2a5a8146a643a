import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '@/components/field';
import { Loading, Page } from '@/components/page';
import { formatLocalDate, formatMoney, formatNumber } from '@/lib/format';
import { useRollup } from './api';
import '@/components/dashboard.css';

/**
 * Fairs by year with their headline figures. The year is in the address (?year=), so a link or a
 * reload keeps it; without one the most recent year that has fairs is shown.
 */
export function FairsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [params, setParams] = useSearchParams();
  const all = useRollup();
  const years = [...new Set((all.data?.data ?? []).map((row) => row.fair.year))].sort((a, b) => b - a);
  const picked = Number(params.get('year'));
  const year = Number.isInteger(picked) && picked > 0 ? picked : years[0];
  const rollup = useRollup({ year }, year !== undefined);
  const usd = (amount: string) => formatMoney(amount, 'USD', locale);

  if (all.isPending) return <Loading />;
  if (all.isError) return <p role="alert">{t('app.error', { message: all.error.message })}</p>;

  return (
    <Page title={t('pages.fairs')}>
      <Field label={t('outcomes.year')}>
        {(id) => (
          <select id={id} value={year ?? ''} onChange={(event) => setParams({ year: event.target.value })}>
            {(year !== undefined && !years.includes(year) ? [year, ...years] : years).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        )}
      </Field>
      {year === undefined || rollup.data?.data.length === 0 ? (
        <p>{t('outcomes.noFairs', { year: year ?? '' })}</p>
      ) : rollup.isPending ? (
        <Loading />
      ) : rollup.isError ? (
        <p role="alert">{t('app.error', { message: rollup.error.message })}</p>
      ) : (
        <div className="table-scroll">
          <table className="fairs">
            <caption>{t('outcomes.fairsTable', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outcomes.fair')}</th>
                <th scope="col">{t('outcomes.dates')}</th>
                <th scope="col">{t('outcomes.companies')}</th>
                <th scope="col">{t('outcomes.consultations')}</th>
                <th scope="col">{t('outcomes.consultationValue')}</th>
                <th scope="col">{t('outcomes.signed')}</th>
                <th scope="col">{t('outcomes.signedValue')}</th>
                <th scope="col">{t('outcomes.expected')}</th>
                <th scope="col">{t('outcomes.expectedValue')}</th>
              </tr>
            </thead>
            <tbody>
              {rollup.data.data.map((row) => (
                <tr key={row.fairId}>
                  <th scope="row">
                    <Link to={`/fairs/${row.fairId}`}>{row.fair.name}</Link>
                  </th>
                  <td>
                    {formatLocalDate(row.fair.startsOn, locale)} – {formatLocalDate(row.fair.endsOn, locale)}
                  </td>
                  <td className="num">{formatNumber(row.companies, locale)}</td>
                  <td className="num">{formatNumber(row.consultations.count, locale)}</td>
                  <td className="num">{usd(row.consultations.valueUsd)}</td>
                  <td className="num">{formatNumber(row.contracts.signed.count, locale)}</td>
                  <td className="num">{usd(row.contracts.signed.valueUsd)}</td>
                  <td className="num">{formatNumber(row.contracts.expected.count, locale)}</td>
                  <td className="num">{usd(row.contracts.expected.valueUsd)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('outcomes.yearTotal', { year })}
                </th>
                <td className="num">{formatNumber(rollup.data.total.companyParticipations, locale)}</td>
                <td className="num">{formatNumber(rollup.data.total.consultations.count, locale)}</td>
                <td className="num">{usd(rollup.data.total.consultations.valueUsd)}</td>
                <td className="num">{formatNumber(rollup.data.total.contracts.signed.count, locale)}</td>
                <td className="num">{usd(rollup.data.total.contracts.signed.valueUsd)}</td>
                <td className="num">{formatNumber(rollup.data.total.contracts.expected.count, locale)}</td>
                <td className="num">{usd(rollup.data.total.contracts.expected.valueUsd)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Page>
  );
}
