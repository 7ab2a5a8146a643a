import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { acceptInvitation, linkToken, resetPassword } from './api';
import { ForgotPasswordForm } from './forgot-password-form';
import { SetPasswordForm } from './set-password-form';

function AccountPage(props: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="sign-in-page">
      <div className="sign-in-top">
        <LanguageSwitch />
      </div>
      <h1>{props.title}</h1>
      {props.children}
      <p>
        <Link to="/sign-in">{t('account.toSignIn')}</Link>
      </p>
    </main>
  );
}

const Done = (props: { text: string }) => (
  <p className="form-note" role="status">
    {props.text}
  </p>
);

/** /app/invitation#token=…: the invitee sets their password, once. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const token = linkToken(useLocation().hash);
  const [done, setDone] = useState(false);
  return (
    <AccountPage title={t('account.invitationTitle')}>
      {done ? (
        <Done text={t('account.invitationDone')} />
      ) : token ? (
        <SetPasswordForm submitLabel={t('account.activate')} send={(password) => acceptInvitation(token, password)} onDone={() => setDone(true)} />
      ) : (
        <p className="form-error" role="alert">
          {t('account.link.unknown')}
        </p>
      )}
    </AccountPage>
  );
}

/** /app/reset-password: without a token, asks for a link; with the mail's `#token=…`, sets the new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = linkToken(useLocation().hash);
  const [done, setDone] = useState(false);
  return (
    <AccountPage title={t('account.resetTitle')}>
      {done ? (
        <Done text={t('account.resetDone')} />
      ) : token ? (
        <SetPasswordForm submitLabel={t('account.setPassword')} send={(password) => resetPassword(token, password)} onDone={() => setDone(true)} />
      ) : (
        <ForgotPasswordForm />
      )}
    </AccountPage>
  );
}
