import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import type { Schemas } from '@/lib/api/client';
import { SCOPES, useCreateApiKey, type ApiKeyWithSecret, type Scope } from './api';
import { expiryFrom } from './expiry';

const toggle = <T,>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** A key for a partner: its name, scopes, optionally the fairs it may read and an expiry date. */
export function NewKeyForm(props: { fairs: Schemas['FairDto'][]; onCreated: (key: ApiKeyWithSecret) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['fairs:read', 'outcomes:read']);
  const [fairIds, setFairIds] = useState<string[]>([]);
  const [expires, setExpires] = useState('');
  // Kept for the life of this form's content: a double submit creates one key, not two.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { name: name.trim(), scopes, ...(fairIds.length ? { fairIds } : {}), ...(expiryFrom(expires) ? { expiresAt: expiryFrom(expires) } : {}) };
    const created = await create.mutateAsync({ body, idempotencyKey }).catch(() => null);
    if (!created) return;
    props.onCreated(created);
    setName('');
    setFairIds([]);
    setExpires('');
    setIdempotencyKey(crypto.randomUUID());
  }

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} aria-label={t('admin.newKey')}>
      <h2>{t('admin.newKey')}</h2>
      <Field label={t('admin.keyName')}>{(id) => <input id={id} required value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <fieldset className="checks">
        <legend>{t('admin.scopes')}</legend>
        {SCOPES.map((scope) => (
          <label key={scope}>
            <input type="checkbox" checked={scopes.includes(scope)} onChange={() => setScopes(toggle(scopes, scope))} />
            <code>{scope}</code>
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t('admin.fairs')}</legend>
        {props.fairs.map((fair) => (
          <label key={fair.id}>
            <input type="checkbox" checked={fairIds.includes(fair.id)} onChange={() => setFairIds(toggle(fairIds, fair.id))} />
            {fair.name}
          </label>
        ))}
      </fieldset>
      <Field label={t('admin.expires')}>{(id) => <input id={id} type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />}</Field>
      {create.isError ? <p role="alert">{t('admin.refused', { message: create.error.message })}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('admin.create')}
        </button>
      </div>
    </form>
  );
}
