import { useTranslation } from 'react-i18next';
import type { OutboxItem } from './outbox';

/** Always says how many wait ("3 waiting to sync") or "All synced"; refused items count apart. */
export function SyncStatus(props: { items: OutboxItem[] }) {
  const { t } = useTranslation();
  const waiting = props.items.filter((i) => i.state === 'pending').length;
  const attention = props.items.length - waiting;
  const parts = [
    ...(waiting ? [t('booth.waiting', { count: waiting })] : []),
    ...(attention ? [t('booth.attention', { count: attention })] : []),
  ];
  return (
    <p role="status" className={`status ${parts.length ? 'waiting' : 'ok'}`}>
      {parts.length ? parts.join(' · ') : t('booth.allSynced')}
    </p>
  );
}
