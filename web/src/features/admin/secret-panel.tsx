import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyWithSecret } from './api';

/** The secret of a new or rotated key: shown this once (the API keeps only its hash), with a copy button. */
export function SecretPanel(props: { created: ApiKeyWithSecret; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(props.created.secret);
    setCopied(true);
  }
  return (
    <section className="secret" aria-labelledby="secret-heading">
      <h2 id="secret-heading">{t('admin.secretOnce', { name: props.created.name })}</h2>
      <code aria-label={t('admin.secretLabel')} data-testid="api-key-secret">
        {props.created.secret}
      </code>
      <div className="form-actions">
        <button type="button" onClick={() => void copy()}>
          {copied ? t('admin.copied') : t('admin.copy')}
        </button>
        <button type="button" onClick={props.onDismiss}>
          {t('admin.dismiss')}
        </button>
      </div>
    </section>
  );
}
