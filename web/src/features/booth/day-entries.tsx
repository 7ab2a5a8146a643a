import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { formatMoney, formatTime } from '@/lib/format';
import { CURRENCIES } from '@/lib/regions';
import { ApiProblem, useDeleteConsultation, useUpdateConsultation, type Consultation } from './api';
import { AMOUNT, normaliseAmount, STAGES, type Stage } from './draft';

/** Today's consultations at this booth, newest first, each editable (If-Match) and deletable. */
export function DayEntries(props: { consultations: Consultation[] | undefined; timeZone: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">{t('booth.todayEntries')}</h2>
      {props.consultations && props.consultations.length === 0 ? <p>{t('booth.noEntries')}</p> : null}
      <ul className="entries">
        {props.consultations?.map((c) => <Entry key={c.id} consultation={c} timeZone={props.timeZone} onReload={props.onReload} />)}
      </ul>
    </section>
  );
}

function Entry(props: { consultation: Consultation; timeZone: string; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const c = props.consultation;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const remove = useDeleteConsultation();
  const value = c.estimatedValue ? formatMoney(c.estimatedValue.amount, c.estimatedValue.currency, i18n.language) : t('booth.noAmount');
  return (
    <li>
      <span>{formatTime(c.occurredAt, props.timeZone, i18n.language)}</span>
      <span>{c.buyerCountry}</span>
      <span className="amount">{value}</span>
      <span>{t(`stage.${c.stage}`)}</span>
      {mode === 'view' ? (
        <span className="actions">
          <button type="button" onClick={() => setMode('edit')}>
            {t('booth.edit')}
          </button>
          <button type="button" onClick={() => setMode('confirm-delete')}>
            {t('booth.delete')}
          </button>
        </span>
      ) : null}
      {mode === 'confirm-delete' ? (
        <span className="actions">
          <span>{t('booth.confirmDelete')}</span>
          <button type="button" onClick={() => remove.mutate(c.id, { onSettled: () => setMode('view') })}>
            {t('booth.deleteConfirm')}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t('booth.cancel')}
          </button>
        </span>
      ) : null}
      {mode === 'edit' ? <EntryEditor consultation={c} onDone={() => setMode('view')} onReload={props.onReload} /> : null}
    </li>
  );
}

function EntryEditor(props: { consultation: Consultation; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const c = props.consultation;
  const [amount, setAmount] = useState(c.estimatedValue?.amount ?? '');
  const [currency, setCurrency] = useState(c.estimatedValue?.currency ?? 'USD');
  const [stage, setStage] = useState<Stage>(c.stage);
  const [notes, setNotes] = useState(c.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const update = useUpdateConsultation();

  function save() {
    const normalised = normaliseAmount(amount);
    if (normalised && !AMOUNT.test(normalised)) return setError(t('booth.amountInvalid'));
    update.mutate(
      {
        id: c.id,
        version: c.version,
        patch: { stage, type: c.type, ...(notes.trim() ? { notes: notes.trim() } : {}), ...(normalised ? { estimatedValue: { amount: normalised, currency } } : {}) },
      },
      {
        onSuccess: props.onDone,
        onError: (e) => {
          if (e instanceof ApiProblem && e.status === 412) return setConflict(true);
          const first = e instanceof ApiProblem ? e.problem?.errors?.[0] : undefined;
          setError(first ? t('booth.fieldProblem', { field: first.field, message: first.message }) : e.message);
        },
      },
    );
  }

  if (conflict) {
    return (
      <div className="card attention" role="alert">
        <p>{t('booth.conflict')}</p>
        <button
          type="button"
          onClick={() => {
            props.onReload();
            props.onDone();
          }}
        >
          {t('booth.reload')}
        </button>
      </div>
    );
  }
  return (
    <div className="card editor">
      <div className="row">
        <Field label={t('booth.amount')}>{(id) => <input id={id} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}</Field>
        <div className="narrow">
          <Field label={t('booth.currency')}>
            {(id) => (
              <select id={id} value={currency} onChange={(e) => setCurrency(e.target.value)}>
                {[...new Set([currency, ...CURRENCIES])].map((code) => (
                  <option key={code}>{code}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      <Field label={t('booth.stage')}>
        {(id) => (
          <select id={id} value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('booth.notes')}>{(id) => <textarea id={id} value={notes} onChange={(e) => setNotes(e.target.value)} />}</Field>
      {error ? <p className="field-error">{error}</p> : null}
      <div className="row">
        <button type="button" className="primary" disabled={update.isPending} onClick={save}>
          {t('booth.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('booth.cancel')}
        </button>
      </div>
    </div>
  );
}
