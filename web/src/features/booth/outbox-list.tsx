import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { normaliseAmount, validateDraft, type Draft } from './draft';
import { DraftFields, type FieldErrors } from './draft-fields';
import { putItem, removeItem, type OutboxItem } from './outbox';

/** What waits in the outbox; a refused item says "needs attention", names the field, and can be edited and resent. */
export function OutboxList(props: { items: OutboxItem[]; onResend: () => void }) {
  const { t } = useTranslation();
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">{t('booth.queue')}</h2>
      <ul className="entries">
        {props.items.map((item) => (item.state === 'attention' ? <AttentionItem key={item.id} item={item} onResend={props.onResend} /> : <PendingItem key={item.id} item={item} />))}
      </ul>
    </section>
  );
}

function Summary(props: { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const amount = normaliseAmount(props.draft.amount);
  return (
    <>
      <span>{props.draft.buyerEmail || props.draft.buyerCountry || t('booth.buyerAny')}</span>
      <span>{amount ? formatMoney(amount, props.draft.currency, i18n.language) : t('booth.noAmount')}</span>
    </>
  );
}

function PendingItem(props: { item: OutboxItem }) {
  return (
    <li className="pending">
      <Summary draft={props.item.draft} />
    </li>
  );
}

function AttentionItem(props: { item: OutboxItem; onResend: () => void }) {
  const { t } = useTranslation();
  const { item } = props;
  const problem = item.problem!;
  const [draft, setDraft] = useState(item.draft);
  const [editing, setEditing] = useState(false);
  const message = problem.message === 'newBuyerNeedsCountry' ? t('booth.newBuyerNeedsCountry') : problem.message;
  const fieldLabel = problem.field ? t(`booth.${problem.field === 'occurredAt' ? 'day' : problem.field}`) : problem.serverField;
  const serverErrors: FieldErrors = problem.field ? { [problem.field]: message } : {};
  const [errors, setErrors] = useState<FieldErrors>(serverErrors);

  async function resend() {
    const local = validateDraft(draft);
    if (Object.keys(local).length > 0) {
      setErrors(Object.fromEntries(Object.entries(local).map(([f, key]) => [f, t(`booth.${key}`)])));
      return;
    }
    // A refused request stored nothing under its key; a new key keeps the edited body from clashing with it.
    await putItem({ ...item, draft, state: 'pending', problem: null, attempts: 0, nextAttemptAt: 0, idempotencyKey: crypto.randomUUID() });
    props.onResend();
  }

  return (
    <li className="card attention">
      <div>
        <strong>{t('booth.needsAttention')}</strong> <Summary draft={item.draft} />
      </div>
      <p className="field-error">
        {fieldLabel ? t('booth.fieldProblem', { field: fieldLabel, message }) : `${t('booth.serverSaid', { status: problem.status })}: ${message}`}
      </p>
      {editing ? (
        <>
          <DraftFields draft={draft} onChange={setDraft} errors={errors} openDetails />
          <div className="row">
            <button type="button" className="primary" onClick={() => void resend()}>
              {t('booth.resend')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('booth.cancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="row">
          <button type="button" onClick={() => setEditing(true)}>
            {t('booth.editItem')}
          </button>
          <button type="button" onClick={() => void removeItem(item.id)}>
            {t('booth.discard')}
          </button>
        </div>
      )}
    </li>
  );
}
