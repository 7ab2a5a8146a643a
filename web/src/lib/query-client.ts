import { QueryClient } from '@tanstack/react-query';

/** Server state lives here. Retries are few: the booth outbox does its own retrying for writes. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true },
    mutations: { retry: 0 },
  },
});
