import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/page';
import { SignInForm } from '@/features/auth';
import { lastUser, useSession } from '@/lib/auth/use-me';

export function SignInRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (session.status === 'unknown') return <Loading />;
  // Offline with someone signed in here before: back to the booth, which captures into its outbox.
  if (session.status === 'signed-in' || (session.status === 'offline' && lastUser())) return <Navigate to={from} replace />;
  return (
    <main className="sign-in-page">
      <div className="sign-in-top">
        <LanguageSwitch />
      </div>
      <h1>{t('signIn.title')}</h1>
      <SignInForm onSignedIn={() => void navigate(from, { replace: true })} />
      <p>
        <Link to="/reset-password">{t('signIn.forgot')}</Link>
      </p>
    </main>
  );
}
