import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/lib/api/client';
import { useFairList } from '@/lib/api/fairs';
import type { operations } from '@/lib/api/schema';
import type { Filters } from './filters';

export type Consultation = Schemas['ConsultationDto'];
export type Contract = Schemas['ContractDto'];
export type Fair = Schemas['FairDto'];
export type Company = Schemas['CompanyDto'];

const PAGE_SIZE = 50;

/** The agency's fairs, for the filter and for each record's fair name and time zone. */
export const useFairs = useFairList;

export function useCompanies() {
  return useQuery({
    queryKey: ['companies', 'all'],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/companies', { params: { query: { limit: 500 } } });
      if (error) throw new Error(error.title);
      return data.data;
    },
  });
}

type ConsultationQuery = NonNullable<operations['listConsultations']['parameters']['query']>;
type ContractQuery = NonNullable<operations['listContracts']['parameters']['query']>;

/** Consultations page by page (cursor paging: each page names the next). */
export function useConsultations(filters: Filters) {
  return useInfiniteQuery({
    queryKey: ['consultations', 'list', filters],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Schemas['ConsultationPageDto']) => page.nextCursor ?? undefined,
    queryFn: async ({ pageParam }) => {
      const query = { ...filters, limit: PAGE_SIZE, cursor: pageParam } as ConsultationQuery;
      const { data, error } = await api.GET('/v1/consultations', { params: { query } });
      if (error) throw new Error(error.errors?.map((e) => e.message).join('; ') || error.title);
      return data;
    },
  });
}

export function useContracts(filters: Filters) {
  return useInfiniteQuery({
    queryKey: ['contracts', 'list', filters],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Schemas['ContractPageDto']) => page.nextCursor ?? undefined,
    queryFn: async ({ pageParam }) => {
      const query = { ...filters, limit: PAGE_SIZE, cursor: pageParam } as ContractQuery;
      const { data, error } = await api.GET('/v1/contracts', { params: { query } });
      if (error) throw new Error(error.errors?.map((e) => e.message).join('; ') || error.title);
      return data;
    },
  });
}
