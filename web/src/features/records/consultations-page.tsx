import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, Page } from '@/components/page';
import { useMe } from '@/lib/auth/use-me';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useCompanies, useConsultations, useFairs } from './api';
import { FilterForm } from './filter-form';
import { filtersFrom, paramsFor } from './filters';
import { Pager } from './pager';
import '@/components/dashboard.css';

const STAGES = ['consulted', 'follow_up', 'negotiating', 'won', 'lost'] as const;
const KEYS = ['fairId', 'companyId', 'country', 'stage', 'from', 'to'] as const;

/** The agency's consultations (every role may list them; staff see their own marked), filtered, 50 at a time. */
export function ConsultationsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, KEYS);
  const me = useMe();
  const fairs = useFairs();
  const companies = useCompanies();
  const list = useConsultations(filters);
  const fairOf = new Map((fairs.data ?? []).map((fair) => [fair.id, fair]));
  const companyOf = new Map((companies.data ?? []).map((company) => [company.id, company]));
  const rows = list.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Page title={t('pages.consultations')}>
      {me.data?.role === 'staff' ? <p className="muted">{t('records.staffNote')}</p> : null}
      <FilterForm
        key={params.toString()}
        filters={filters}
        fairs={fairs.data ?? []}
        companies={companies.data ?? []}
        extra={{ key: 'stage', label: t('records.stage'), options: STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) })) }}
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
            <caption>{t('records.consultationsTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('records.occurredAt')}</th>
                <th scope="col">{t('records.fair')}</th>
                <th scope="col">{t('records.company')}</th>
                <th scope="col">{t('records.country')}</th>
                <th scope="col">{t('records.value')}</th>
                <th scope="col">{t('records.valueUsd')}</th>
                <th scope="col">{t('records.stage')}</th>
                <th scope="col">{t('records.type')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const fair = fairOf.get(row.fairId);
                return (
                  <tr key={row.id}>
                    <td>
                      {formatDateTime(row.occurredAt, fair?.timezone ?? 'UTC', locale)}
                      {row.loggedBy === me.data?.id ? <span className="badge"> {t('records.mine')}</span> : null}
                    </td>
                    <td>{fair?.name ?? '—'}</td>
                    <td>{companyOf.get(row.companyId)?.name ?? '—'}</td>
                    <td>{row.buyerCountry}</td>
                    <td className="num">{row.estimatedValue ? formatMoney(row.estimatedValue.amount, row.estimatedValue.currency, locale) : '—'}</td>
                    <td className="num">{row.estimatedValueUsd ? formatMoney(row.estimatedValueUsd, 'USD', locale) : '—'}</td>
                    <td>{t(`stage.${row.stage}`)}</td>
                    <td>{row.type === 'interpreted' ? t('records.typeInterpreted') : t('records.typeBooth')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 ? <Pager shown={rows.length} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} /> : null}
    </Page>
  );
}
