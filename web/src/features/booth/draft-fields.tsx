import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { countryOptions, CURRENCIES } from '@/lib/regions';
import { STAGES, type Draft, type DraftField } from './draft';

export type FieldErrors = Partial<Record<DraftField, string>>;

/**
 * The consultation's fields. The first four (buyer email or country, amount, currency) are what a
 * booth types each time; the rest sit under "More details" with defaults (booth visit, consulted).
 */
export function DraftFields(props: { draft: Draft; onChange: (draft: Draft) => void; errors: FieldErrors; openDetails?: boolean }) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const { draft, errors } = props;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => props.onChange({ ...draft, [key]: value });
  const detailsHaveError = Boolean(errors.buyerOrganisation || errors.type || errors.stage || errors.notes);

  return (
    <>
      <Field label={t('booth.buyerEmail')} error={errors.buyerEmail}>
        {(id, describedBy) => (
          <input
            id={id}
            type="email"
            inputMode="email"
            autoComplete="off"
            value={draft.buyerEmail}
            aria-invalid={Boolean(errors.buyerEmail)}
            aria-describedby={describedBy}
            onChange={(e) => set('buyerEmail', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('booth.buyerCountry')} error={errors.buyerCountry}>
        {(id, describedBy) => (
          <select
            id={id}
            value={draft.buyerCountry}
            aria-invalid={Boolean(errors.buyerCountry)}
            aria-describedby={describedBy}
            onChange={(e) => set('buyerCountry', e.target.value)}
          >
            <option value="">{t('booth.chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="row">
        <Field label={t('booth.amount')} error={errors.amount}>
          {(id, describedBy) => (
            <input
              id={id}
              inputMode="decimal"
              autoComplete="off"
              value={draft.amount}
              aria-invalid={Boolean(errors.amount)}
              aria-describedby={describedBy}
              onChange={(e) => set('amount', e.target.value)}
            />
          )}
        </Field>
        <div className="narrow">
          <Field label={t('booth.currency')} error={errors.currency}>
            {(id, describedBy) => (
              <select id={id} value={draft.currency} aria-describedby={describedBy} onChange={(e) => set('currency', e.target.value)}>
                {[...new Set([draft.currency, ...CURRENCIES])].map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      <details open={props.openDetails || detailsHaveError}>
        <summary>{t('booth.more')}</summary>
        <Field label={t('booth.buyerOrganisation')} error={errors.buyerOrganisation}>
          {(id, describedBy) => (
            <input id={id} value={draft.buyerOrganisation} aria-describedby={describedBy} onChange={(e) => set('buyerOrganisation', e.target.value)} />
          )}
        </Field>
        <Field label={t('booth.type')} error={errors.type}>
          {(id) => (
            <select id={id} value={draft.type} onChange={(e) => set('type', e.target.value as Draft['type'])}>
              <option value="booth">{t('booth.typeBooth')}</option>
              <option value="interpreted">{t('booth.typeInterpreted')}</option>
            </select>
          )}
        </Field>
        <Field label={t('booth.stage')} error={errors.stage}>
          {(id) => (
            <select id={id} value={draft.stage} onChange={(e) => set('stage', e.target.value as Draft['stage'])}>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`stage.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('booth.notes')} error={errors.notes}>
          {(id) => <textarea id={id} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />}
        </Field>
      </details>
    </>
  );
}
