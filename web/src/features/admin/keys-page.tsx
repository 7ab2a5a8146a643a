import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, Page } from '@/components/page';
import { useFairList } from '@/lib/api/fairs';
import { formatDateTime } from '@/lib/format';
import { useApiKeys, useKeyAction, type ApiKey, type ApiKeyWithSecret } from './api';
import { NewKeyForm } from './new-key-form';
import { SecretPanel } from './secret-panel';
import '@/components/dashboard.css';

/** Admins: partners' API keys — create (secret shown once), revoke, rotate (a new secret, shown once). */
export function KeysPage() {
  const { t, i18n } = useTranslation();
  const keys = useApiKeys();
  const fairs = useFairList();
  const action = useKeyAction();
  const [secret, setSecret] = useState<ApiKeyWithSecret | null>(null);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Expiry is judged against the time the page opened; the list refetches after every action anyway.
  const [openedAt] = useState(() => Date.now());
  const when = (iso: string | null) => (iso ? formatDateTime(iso, zone, i18n.language) : '—');
  const fairName = new Map((fairs.data ?? []).map((fair) => [fair.id, fair.name]));
  const state = (key: ApiKey) =>
    key.revokedAt ? t('admin.revoked') : key.expiresAt && Date.parse(key.expiresAt) < openedAt ? t('admin.expired') : t('admin.active');

  async function revoke(key: ApiKey) {
    if (!window.confirm(t('admin.confirmRevoke', { name: key.name }))) return;
    await action.mutateAsync({ id: key.id, action: 'revoke' }).catch(() => null);
  }

  async function rotate(key: ApiKey) {
    const rotated = await action.mutateAsync({ id: key.id, action: 'rotate' }).catch(() => null);
    if (rotated && 'secret' in rotated) setSecret(rotated);
  }

  return (
    <Page title={t('pages.keys')}>
      {secret ? <SecretPanel created={secret} onDismiss={() => setSecret(null)} /> : null}
      <NewKeyForm fairs={fairs.data ?? []} onCreated={setSecret} />
      {action.isError ? <p role="alert">{t('admin.refused', { message: action.error.message })}</p> : null}
      {keys.isPending ? (
        <Loading />
      ) : keys.isError ? (
        <p role="alert">{t('app.error', { message: keys.error.message })}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('admin.keys')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.keyName')}</th>
                <th scope="col">{t('admin.prefix')}</th>
                <th scope="col">{t('admin.scopes')}</th>
                <th scope="col">{t('records.fair')}</th>
                <th scope="col">{t('admin.expires')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('admin.lastUsed')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((key) => (
                <tr key={key.id}>
                  <th scope="row">{key.name}</th>
                  <td>
                    <code>{key.prefix}</code>
                  </td>
                  <td>{key.scopes.join(', ')}</td>
                  <td>{key.fairIds ? key.fairIds.map((id) => fairName.get(id) ?? id).join(', ') : t('admin.allFairs')}</td>
                  <td>{when(key.expiresAt)}</td>
                  <td>{state(key)}</td>
                  <td>{when(key.lastUsedAt)}</td>
                  <td>
                    {key.revokedAt ? null : (
                      <span className="form-actions">
                        <button type="button" disabled={action.isPending} onClick={() => void rotate(key)}>
                          {t('admin.rotate')}
                          <span className="visually-hidden"> {key.name}</span>
                        </button>
                        <button type="button" disabled={action.isPending} onClick={() => void revoke(key)}>
                          {t('admin.revoke')}
                          <span className="visually-hidden"> {key.name}</span>
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
