import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import type { Company, Fair } from './api';
import type { FilterKey, Filters } from './filters';

/**
 * The filters above a records table. Typed into local state and applied on submit, so the list is not
 * refetched at each keystroke; the applied filters live in the address (a link or reload keeps them).
 */
export function FilterForm(props: {
  filters: Filters;
  fairs: Fair[];
  companies: Company[];
  /** The list's own select: consultations' stage or contracts' status. */
  extra: { key: Extract<FilterKey, 'stage' | 'status'>; label: string; options: { value: string; label: string }[] };
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>(props.filters);
  const set = (key: FilterKey) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onApply(draft);
  }

  return (
    <form className="filters" onSubmit={submit} aria-label={t('records.filters')}>
      <Field label={t('records.fair')}>
        {(id) => (
          <select id={id} value={draft.fairId ?? ''} onChange={set('fairId')}>
            <option value="">{t('records.any')}</option>
            {props.fairs.map((fair) => (
              <option key={fair.id} value={fair.id}>
                {fair.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('records.company')}>
        {(id) => (
          <select id={id} value={draft.companyId ?? ''} onChange={set('companyId')}>
            <option value="">{t('records.any')}</option>
            {props.companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('records.country')} hint={t('records.countryHint')}>
        {(id, describedBy) => (
          <input id={id} aria-describedby={describedBy} value={draft.country ?? ''} onChange={set('country')} maxLength={2} size={4} autoCapitalize="characters" />
        )}
      </Field>
      <Field label={props.extra.label}>
        {(id) => (
          <select id={id} value={draft[props.extra.key] ?? ''} onChange={set(props.extra.key)}>
            <option value="">{t('records.any')}</option>
            {props.extra.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('records.from')}>{(id) => <input id={id} type="date" value={draft.from ?? ''} onChange={set('from')} />}</Field>
      <Field label={t('records.to')}>{(id) => <input id={id} type="date" value={draft.to ?? ''} onChange={set('to')} />}</Field>
      <div className="actions">
        <button type="submit">{t('records.apply')}</button>
        <button
          type="button"
          onClick={() => {
            setDraft({});
            props.onApply({});
          }}
        >
          {t('records.reset')}
        </button>
      </div>
    </form>
  );
}
