import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { getSession, refreshSession } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n';
import { queryClient } from '@/lib/query-client';

/** Server state, strings, and the session: on load the refresh cookie (if any) is traded for a token. */
export function AppProvider(props: { children: ReactNode }) {
  useEffect(() => {
    void refreshSession();
    // Back online after an offline start: find out whether the session is still there.
    const online = () => getSession().status === 'offline' && void refreshSession();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{props.children}</QueryClientProvider>
    </I18nextProvider>
  );
}
