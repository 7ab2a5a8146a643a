import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/page';
import { formatLocalDate, formatMoney } from '@/lib/format';
import { loadForm, sendAnswer, takeToken, type FollowUpForm, type FollowUpProblem } from './api';
import { bodyIndexes, emptyDraft, emptyLaterContract, toAnswer, type ContractDraft, type Draft, type LaterContractDraft, type ShipmentDraft } from './answer';

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
      setDraft(emptyDraft(Object.fromEntries(data.consultations.map((c) => [c.id, c.stage])), data.contracts));
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
        {form.contracts.length > 0 ? (
          <fieldset>
            <legend>{t('followUp.contracts')}</legend>
            {form.contracts.map((c) => {
              const entry = d.contracts[c.id];
              const setEntry = (patch: Partial<ContractDraft>) => set({ contracts: { ...d.contracts, [c.id]: { ...entry, ...patch } } });
              const confirmable = c.status === 'provisional' || c.status === 'expected';
              const shippable = c.status === 'provisional' || c.status === 'signed' || entry.confirm;
              return (
                <div key={c.id} className="follow-up-contract" data-contract={c.id}>
                  <p>
                    <strong>{`${c.buyerOrganisation ?? c.buyerCountry} · ${formatMoney(c.value.amount, c.value.currency, i18n.language)}`}</strong>
                    {` · ${t(`followUp.contractStatus.${c.status}`)}${c.signedOn ? ` ${formatLocalDate(c.signedOn, i18n.language)}` : ''}`}
                    {c.shipments > 0 ? ` · ${t('followUp.shipped', { count: c.shipments })}` : ''}
                  </p>
                  {confirmable ? (
                    <div className="follow-up-figure">
                      <label>
                        <input type="checkbox" checked={entry.confirm} onChange={(e) => setEntry({ confirm: e.target.checked })} /> {t('followUp.nowSigned')}
                      </label>
                      {entry.confirm ? (
                        <Field label={t('followUp.signedOn')} error={err(`confirmedContracts[${bodyIndexes(d, c.id).confirmed}]`)}>
                          {(id) => <input id={id} type="date" value={entry.signedOn} onChange={(e) => setEntry({ signedOn: e.target.value })} />}
                        </Field>
                      ) : null}
                    </div>
                  ) : null}
                  {shippable ? (
                    <ShipmentFields
                      legend={t('followUp.shipmentUnder')}
                      value={entry.shipment}
                      onChange={(shipment) => setEntry({ shipment })}
                      error={(field) => err(`laterShipments[${bodyIndexes(d, c.id).shipped}].${field}`)}
                    />
                  ) : null}
                </div>
              );
            })}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t('followUp.laterContracts')}</legend>
          {d.later.map((later, index) => {
            const setLater = (patch: Partial<LaterContractDraft>) => set({ later: d.later.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) });
            const prefix = `laterContracts[${index}]`;
            return (
              <div key={index} className="follow-up-contract" data-later={index}>
                <Field label={t('followUp.from')} error={err(`${prefix}.consultationId`)}>
                  {(id) => (
                    <select id={id} value={later.consultationId} onChange={(e) => setLater({ consultationId: e.target.value })}>
                      <option value="">{t('followUp.otherBuyer')}</option>
                      {form.consultations.map((c) => (
                        <option key={c.id} value={c.id}>
                          {`${formatLocalDate(c.localDate, i18n.language)} · ${c.buyerOrganisation ?? c.buyerCountry}`}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {later.consultationId === '' ? (
                  <Field label={t('followUp.buyerCountry')} error={err(`${prefix}.buyerCountry`)}>
                    {(id) => <input id={id} maxLength={2} value={later.buyerCountry} onChange={(e) => setLater({ buyerCountry: e.target.value })} />}
                  </Field>
                ) : null}
                <Field label={t('followUp.status')} error={err(`${prefix}.status`)}>
                  {(id) => (
                    <select id={id} value={later.status} onChange={(e) => setLater({ status: e.target.value as LaterContractDraft['status'] })}>
                      <option value="signed">{t('followUp.contractStatus.signed')}</option>
                      <option value="provisional">{t('followUp.contractStatus.provisional')}</option>
                    </select>
                  )}
                </Field>
                <Field label={t('followUp.signedOn')} error={err(`${prefix}.signedOn`)}>
                  {(id) => <input id={id} type="date" value={later.signedOn} onChange={(e) => setLater({ signedOn: e.target.value })} />}
                </Field>
                <div className="follow-up-figure">
                  <Field label={t('followUp.contractValue')} error={err(`${prefix}.value.amount`) ?? err(`${prefix}.value`)}>
                    {(id) => <input id={id} inputMode="decimal" value={later.amount} onChange={(e) => setLater({ amount: e.target.value })} />}
                  </Field>
                  <Field label={t('followUp.currencyShort')} error={err(`${prefix}.value.currency`)}>
                    {(id) => <input id={id} maxLength={3} value={later.currency} onChange={(e) => setLater({ currency: e.target.value })} />}
                  </Field>
                </div>
                <ShipmentFields
                  legend={t('followUp.shipmentUnder')}
                  value={later.shipment}
                  onChange={(shipment) => setLater({ shipment })}
                  error={(field) => err(`${prefix}.shipments[0].${field}`)}
                />
                <button type="button" onClick={() => set({ later: d.later.filter((_, i) => i !== index) })}>
                  {t('followUp.removeContract')}
                </button>
              </div>
            );
          })}
          <button type="button" onClick={() => set({ later: [...d.later, emptyLaterContract(d.currency.trim().toUpperCase() || 'USD')] })}>
            {t('followUp.addContract')}
          </button>
        </fieldset>
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

/** A shipment's day, value and currency; left blank, nothing is sent. */
function ShipmentFields(props: { legend: string; value: ShipmentDraft; onChange: (value: ShipmentDraft) => void; error: (field: string) => string | null }) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  return (
    <div className="follow-up-figure" role="group" aria-label={props.legend}>
      <Field label={`${props.legend}: ${t('followUp.shippedOn')}`} error={props.error('shippedOn')}>
        {(id) => <input id={id} type="date" value={value.shippedOn} onChange={(e) => onChange({ ...value, shippedOn: e.target.value })} />}
      </Field>
      <Field label={`${props.legend}: ${t('followUp.shipmentValue')}`} error={props.error('value.amount') ?? props.error('value')}>
        {(id) => <input id={id} inputMode="decimal" value={value.amount} onChange={(e) => onChange({ ...value, amount: e.target.value })} />}
      </Field>
      <Field label={`${props.legend}: ${t('followUp.currencyShort')}`} error={props.error('value.currency')}>
        {(id) => <input id={id} maxLength={3} value={value.currency} onChange={(e) => onChange({ ...value, currency: e.target.value })} />}
      </Field>
    </div>
  );
}
