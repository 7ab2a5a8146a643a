import { useQuery } from '@tanstack/react-query';
import { api } from './client';

/**
 * The agency's fairs, newest first as the API lists them (every role may read them). Shared by the
 * pages that offer a fair to pick: records filters, imports, API keys limited to fairs.
 */
export function useFairList() {
  return useQuery({
    queryKey: ['fairs', 'all'],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/fairs', { params: { query: { limit: 500 } } });
      if (error) throw new Error(error.title);
      return data.data;
    },
  });
}
