import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { signIn } from '@/lib/auth/session';

/** Email + password against POST /v1/auth/login; the refresh cookie it sets keeps the session across reloads. */
export function SignInForm(props: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const result = await signIn(email.trim(), password);
      if (result.ok) return props.onSignedIn();
      setMessage(
        result.status === 401
          ? t('signIn.invalid')
          : result.status === 429
            ? t('signIn.tooMany', { seconds: result.retryAfter ?? '60' })
            : t('signIn.failed', { status: result.status }),
      );
    } catch {
      setMessage(t('signIn.offline'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sign-in" onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('signIn.email')}>
        {(id) => (
          <input id={id} type="email" autoComplete="username" inputMode="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        )}
      </Field>
      <Field label={t('signIn.password')}>
        {(id) => (
          <input id={id} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
