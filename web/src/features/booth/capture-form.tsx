import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveCurrency, occurredAtFor, type BoothSetup } from './booth-setup';
import { validateDraft, type Draft } from './draft';
import { DraftFields, type FieldErrors } from './draft-fields';
import { newItem, putItem } from './outbox';

const blank = (setup: BoothSetup, currency: string): Draft => ({
  fairId: setup.fair.id,
  companyId: setup.company.id,
  buyerEmail: '',
  buyerCountry: '',
  buyerOrganisation: '',
  amount: '',
  currency,
  type: 'booth',
  stage: 'consulted',
  notes: '',
  occurredAt: '',
});

/**
 * One consultation per tap of "Log consultation": written to the outbox (IndexedDB) at once, then
 * sent by the sync loop. The form keeps the currency and clears the rest for the next buyer.
 */
export function CaptureForm(props: { setup: BoothSetup; day: string; userId: string; currency: string; onCaptured: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => blank(props.setup, props.currency));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [storeFailed, setStoreFailed] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateDraft(draft);
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(`booth.${key}`)])));
      return;
    }
    // The form clears at the tap, before the IndexedDB write: what staff type for the next buyer while
    // a slow phone stores this one is never wiped by a late reset.
    const captured = { ...draft, fairId: props.setup.fair.id, companyId: props.setup.company.id, occurredAt: occurredAtFor(props.setup.fair, props.day) };
    setDraft({ ...blank(props.setup, draft.currency), type: draft.type, stage: 'consulted' });
    setErrors({});
    setStoreFailed(false);
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
    setBusy(true);
    try {
      await putItem(newItem(captured, props.userId));
      saveCurrency(captured.currency);
      props.onCaptured();
    } catch {
      // Nothing was queued (storage full or blocked): give the consultation back to the form.
      setDraft(draft);
      setStoreFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="card capture" onSubmit={(e) => void submit(e)} noValidate>
      <DraftFields draft={draft} onChange={setDraft} errors={errors} />
      {storeFailed && <p role="alert">{t('booth.storeFailed')}</p>}
      <button type="submit" className="primary" disabled={busy}>
        {t('booth.log')}
      </button>
    </form>
  );
}
