import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/page';
import { formatLocalDate, formatMoney } from '@/lib/format';
import { loadForm, sendAnswer, takeToken, type FollowUpForm, type FollowUpProblem } from './api';
import { emptyDraft, toAnswer, type Draft } from './answer';

const STAGES = ['consulted', 'follow_up', 'negotiating', 'won', 'lost'] as const;

type State =
  | { kind: 'loading' }
  | { kind: 'refused'; status: number }
  | { kind: 'ready'; form: FollowUpForm }
  | { kind: 'sent'; form: FollowUpForm };

/**
 * A company's follow-up questionnaire, opened from the emailed link (no account). Outside the
 * signed-in app: it never touches the session, and shows only what the API's form answer holds.
 */
export function FollowUpPage(props: { questionnaireId: string }) {
  const { t, i18n } = useTranslation();
  const token = useMemo(() => takeToken(), []);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const initial = useMemo(
    () => (state.kind === 'ready' ? Object.fromEntries(state.form.consultations.map((c) => [c.id, c.stage])) : {}),
    [state],
  );

  useEffect(() => {
    void loadForm(props.questionnaireId, token).then(({ data, response }) => {
      if (!data) return setState({ kind: 'refused', status: response.status });
      setState(data.response ? { kind: 'sent', form: data } : { kind: 'ready', form: data });
      setDraft(emptyDraft(Object.fromEntries(data.consultations.map((c) => [c.id, c.stage]))));
    });
  }, [props.questionnaireId, token]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft || state.kind !== 'ready') return;
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const { data, error, response } = await sendAnswer(props.questionnaireId, token, toAnswer(draft, initial));
      if (data) return setState({ kind: 'sent', form: { ...state.form, response: data } });
      const problem = error as FollowUpProblem | undefined;
      setErrors(Object.fromEntries((problem?.errors ?? []).map((e) => [e.field, e.message])));
      setMessage(response.status === 409 ? t('followUp.already') : (problem?.detail ?? t('followUp.failed', { status: response.status })));
    } catch {
      setMessage(t('followUp.offline'));
    } finally {
      setBusy(false);
    }
  }

  const header = (
    <div className="sign-in-top">
      <LanguageSwitch />
    </div>
  );
  if (state.kind === 'loading' || (state.kind === 'ready' && !draft)) return <Loading />;
  if (state.kind === 'refused') {
    return (
      <main className="follow-up-page">
        {header}
        <h1>{t('followUp.title')}</h1>
        <p role="alert">{state.status === 410 ? t('followUp.expired') : t('followUp.invalid')}</p>
      </main>
    );
  }
  const { form } = state;
  const intro = (
    <>
      <h1>{t('followUp.title')}</h1>
      <p>
        {t('followUp.intro', { company: form.companyName, fair: form.fair.name, round: form.round, months: form.monthsAfter })}
      </p>
    </>
  );
  if (state.kind === 'sent') {
    return (
      <main className="follow-up-page">
        {header}
        {intro}
        <p role="status">{t('followUp.thanks')}</p>
      </main>
    );
  }
  const set = (patch: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...patch } : current));
  const d = draft as Draft;
  const err = (field: string) => Object.entries(errors).find(([name]) => name === field || name.startsWith(`${field}.`))?.[1] ?? null;

  return (
    <main className="follow-up-page">
      {header}
      {intro}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {form.consultations.length > 0 ? (
          <fieldset>
            <legend>{t('followUp.consultations')}</legend>
            {form.consultations.map((c, index) => (
              <Field
                key={c.id}
                label={`${formatLocalDate(c.localDate, i18n.language)} · ${c.buyerOrganisation ?? c.buyerCountry}${c.productInterest ? ` · ${c.productInterest}` : ''}${c.estimatedValue ? ` · ${formatMoney(c.estimatedValue.amount, c.estimatedValue.currency, i18n.language)}` : ''}`}
                error={err(`consultations[${index}]`)}
              >
                {(id) => (
                  <select id={id} value={d.stages[c.id]} onChange={(e) => set({ stages: { ...d.stages, [c.id]: e.target.value } })}>
                    {STAGES.map((stage) => (
                      <option key={stage} value={stage}>
                        {t(`stage.${stage}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t('followUp.company')}</legend>
          <Field label={t('followUp.currency')} error={err('contractsSigned.value.currency')}>
            {(id) => <input id={id} value={d.currency} maxLength={3} onChange={(e) => set({ currency: e.target.value })} />}
          </Field>
          {(
            [
              ['signedCount', 'signedAmount', 'contractsSigned', 'followUp.signed'],
              ['expectedCount', 'expectedAmount', 'contractsExpected', 'followUp.expected'],
              ['shipmentsCount', 'shipmentsAmount', 'shipments', 'followUp.shipments'],
            ] as const
          ).map(([count, amount, field, label]) => (
            <div key={field} className="follow-up-figure">
              <Field label={t(`${label}Count`)} error={err(`${field}.count`)}>
                {(id) => <input id={id} inputMode="numeric" value={d[count]} onChange={(e) => set({ [count]: e.target.value })} />}
              </Field>
              <Field label={t(`${label}Value`)} error={err(`${field}.value`)}>
                {(id) => <input id={id} inputMode="decimal" value={d[amount]} onChange={(e) => set({ [amount]: e.target.value })} />}
              </Field>
            </div>
          ))}
          <Field label={t('followUp.satisfaction')} error={err('satisfaction')}>
            {(id) => (
              <select id={id} value={d.satisfaction} onChange={(e) => set({ satisfaction: e.target.value })}>
                <option value="">—</option>
                {[5, 4, 3, 2, 1].map((n) => (
                  <option key={n} value={String(n)}>
                    {t(`followUp.satisfactionLevel.${n}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('followUp.again')} error={err('wouldExhibitAgain')}>
            {(id) => (
              <select id={id} value={d.wouldExhibitAgain} onChange={(e) => set({ wouldExhibitAgain: e.target.value as Draft['wouldExhibitAgain'] })}>
                <option value="">—</option>
                <option value="yes">{t('followUp.yes')}</option>
                <option value="no">{t('followUp.no')}</option>
              </select>
            )}
          </Field>
          <Field label={t('followUp.comment')} error={err('comment')}>
            {(id) => <textarea id={id} maxLength={2000} value={d.comment} onChange={(e) => set({ comment: e.target.value })} />}
          </Field>
        </fieldset>
        {message ? (
          <p className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('followUp.submit')}
        </button>
      </form>
    </main>
  );
}
