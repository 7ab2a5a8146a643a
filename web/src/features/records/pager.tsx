import { useTranslation } from 'react-i18next';

/** "n shown" and a button for the next page (cursor paging: there is no page count to show). */
export function Pager(props: { shown: number; hasMore: boolean; loading: boolean; onMore: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="pager">
      <span role="status">{t('records.shown', { count: props.shown })}</span>
      {props.hasMore ? (
        <button type="button" onClick={props.onMore} disabled={props.loading}>
          {props.loading ? t('app.loading') : t('records.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
