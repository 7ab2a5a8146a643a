import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, Page } from '@/components/page';
import { useMe } from '@/lib/auth/use-me';
import { formatLocalDate, formatMoney } from '@/lib/format';
import { useCompanies, useContracts, useFairs } from './api';
import { FilterForm } from './filter-form';
import { filtersFrom, paramsFor } from './filters';
import { Pager } from './pager';
import '@/components/dashboard.css';

const STATUSES = ['expected', 'signed', 'cancelled'] as const;
const KEYS = ['fairId', 'companyId', 'country', 'status', 'from', 'to'] as const;

/** The agency's contracts (every role may list them; staff see the ones they recorded marked), 50 at a time. */
export function ContractsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, KEYS);
  const me = useMe();
  const fairs = useFairs();
  const companies = useCompanies();
  const list = useContracts(filters);
  const fairOf = new Map((fairs.data ?? []).map((fair) => [fair.id, fair]));
  const companyOf = new Map((companies.data ?? []).map((company) => [company.id, company]));
  const rows = list.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Page title={t('pages.contracts')}>
      {me.data?.role === 'staff' ? <p className="muted">{t('records.staffNote')}</p> : null}
      <FilterForm
        key={params.toString()}
        filters={filters}
        fairs={fairs.data ?? []}
        companies={companies.data ?? []}
        extra={{ key: 'status', label: t('records.status'), options: STATUSES.map((status) => ({ value: status, label: t(`contractStatus.${status}`) })) }}
        onApply={(next) => setParams(paramsFor(next))}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <p role="alert">{t('app.error', { message: list.error.message })}</p>
      ) : rows.length === 0 ? (
        <p>{t('records.noRows')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('records.contractsTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('records.signedOn')}</th>
                <th scope="col">{t('records.fair')}</th>
                <th scope="col">{t('records.company')}</th>
                <th scope="col">{t('records.country')}</th>
                <th scope="col">{t('records.status')}</th>
                <th scope="col">{t('records.value')}</th>
                <th scope="col">{t('records.valueUsd')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    {row.signedOn ? formatLocalDate(row.signedOn, locale) : '—'}
                    {row.createdBy === me.data?.id ? <span className="badge"> {t('records.mine')}</span> : null}
                  </td>
                  <td>{fairOf.get(row.fairId)?.name ?? '—'}</td>
                  <td>{companyOf.get(row.companyId)?.name ?? '—'}</td>
                  <td>{row.buyerCountry}</td>
                  <td>{t(`contractStatus.${row.status}`)}</td>
                  <td className="num">{formatMoney(row.value.amount, row.value.currency, locale)}</td>
                  <td className="num">{formatMoney(row.valueUsd, 'USD', locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 ? <Pager shown={rows.length} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} /> : null}
    </Page>
  );
}
