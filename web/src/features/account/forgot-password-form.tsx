import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { requestPasswordReset } from './api';

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const result = await requestPasswordReset(email.trim());
      if (result.ok) setMessage({ text: t('account.resetSent'), error: false });
      else if (result.status === 429) setMessage({ text: t('signIn.tooMany', { seconds: result.retryAfter ?? '60' }), error: true });
      else if (result.status === 400) setMessage({ text: t('account.badEmail'), error: true });
      else setMessage({ text: t('account.failed', { status: result.status }), error: true });
    } catch {
      setMessage({ text: t('account.offline'), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sign-in" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('account.forgotIntro')}</p>
      <Field label={t('signIn.email')}>
        {(id) => <input id={id} type="email" autoComplete="username" inputMode="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      {message ? (
        <p className={message.error ? 'form-error' : 'form-note'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {t('account.sendLink')}
      </button>
    </form>
  );
}
