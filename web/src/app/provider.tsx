import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { refreshSession } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n';
import { queryClient } from '@/lib/query-client';

/** Server state, strings, and the session: on load the refresh cookie (if any) is traded for a token. */
export function AppProvider(props: { children: ReactNode }) {
  useEffect(() => {
    void refreshSession();
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{props.children}</QueryClientProvider>
    </I18nextProvider>
  );
}
