import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/page';
import { signOut } from '@/lib/auth/session';
import { forgetLastUser, hasRole, useMe, useSession, type Me, type Role } from '@/lib/auth/use-me';

interface NavItem {
  to: string;
  label: string;
  least: Role;
}

/** What each role sees: staff the booth and their records; managers also dashboards and imports; admins also users and keys. */
export const NAV: NavItem[] = [
  { to: '/booth', label: 'nav.booth', least: 'staff' },
  { to: '/fairs', label: 'nav.fairs', least: 'manager' },
  { to: '/records/consultations', label: 'nav.consultations', least: 'staff' },
  { to: '/records/contracts', label: 'nav.contracts', least: 'staff' },
  { to: '/imports', label: 'nav.imports', least: 'manager' },
  { to: '/admin/users', label: 'nav.users', least: 'admin' },
  { to: '/admin/keys', label: 'nav.keys', least: 'admin' },
];

export const navFor = (me: Pick<Me, 'role'>): NavItem[] => NAV.filter((item) => hasRole(me, item.least));

/** Signed-in pages: the session must be there (else sign-in), then the role's navigation around the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const me = useMe();
  if (session.status === 'unknown') return <Loading />;
  if (session.status === 'signed-out' || (session.status === 'offline' && !me.data)) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  if (!me.data) return <Loading />;
  return (
    <div className="shell">
      <header className="top">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.mainNav')}>
          <ul>
            {navFor(me.data).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span className="who">
            {me.data.name} · {t(`role.${me.data.role}`)}
          </span>
          <LanguageSwitch />
          {session.status === 'offline' ? <span className="offline-badge">{t('app.offline')}</span> : null}
          <button type="button" className="link" onClick={() => void signOut().then(forgetLastUser)}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}

/** The landing page of each role. */
export function HomeRedirect() {
  const me = useMe();
  if (!me.data) return <Loading />;
  return <Navigate to={hasRole(me.data, 'manager') ? '/fairs' : '/booth'} replace />;
}

/** A page for at least this role; others read that their role cannot open it (the API would refuse them too). */
export function RequireRole(props: { least: Role }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return <Loading />;
  if (!hasRole(me.data, props.least)) return <p role="alert">{t('app.forbidden')}</p>;
  return <Outlet />;
}
