import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import type { Answer } from './api';

const MIN_LENGTH = 12;

/** A new password, typed twice; `send` takes it to the API. Used by the invitation and reset pages. */
export function SetPasswordForm(props: { submitLabel: string; send: (password: string) => Promise<Answer>; onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < MIN_LENGTH) return setError(t('account.tooShort', { min: MIN_LENGTH }));
    if (password !== repeat) return setError(t('account.mismatch'));
    setBusy(true);
    setError(null);
    try {
      const result = await props.send(password);
      if (result.ok) return props.onDone();
      setError(
        result.status === 410
          ? t(`account.link.${result.problem?.reason ?? 'unknown'}`)
          : result.status === 429
            ? t('signIn.tooMany', { seconds: result.retryAfter ?? '60' })
            : result.status === 409
              ? t('account.exists')
              : t('account.failed', { status: result.status }),
      );
    } catch {
      setError(t('account.offline'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sign-in" onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('account.newPassword')} hint={t('account.passwordHint', { min: MIN_LENGTH })}>
        {(id, describedBy) => (
          <input id={id} type="password" autoComplete="new-password" required aria-describedby={describedBy} value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <Field label={t('account.repeatPassword')}>
        {(id) => <input id={id} type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
      </Field>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
