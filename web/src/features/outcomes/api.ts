import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/lib/api/client';

export type FairOutcome = Schemas['FairOutcomeDto'];
export type OutcomeTotals = Schemas['OutcomeTotalsDto'];
export type SeriesOutcome = Schemas['SeriesOutcomeDto'];
export type SurveyResults = Schemas['SurveyResultsDto'];
export type RoundSurvey = Schemas['RoundSurveyDto'];

/**
 * How often an open fair page asks for the stored outcome. The API only reads what the worker stored,
 * so asking is cheap; a consultation logged elsewhere shows within a refresh plus this interval.
 * TanStack Query pauses the interval while the tab is hidden.
 */
export const LIVE_INTERVAL_MS = 2000;

/** Every fair's totals (one row per fair) with the grand total: all fairs, or one year's once it is known. */
export function useRollup(filter: { year?: number } = {}, enabled = true) {
  return useQuery({
    queryKey: ['outcomes', 'rollup', filter.year ?? 'all'],
    enabled,
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/outcomes', { params: { query: filter } });
      if (error) throw new Error(error.title);
      return data;
    },
  });
}

export function useFairOutcome(fairId: string) {
  return useQuery({
    queryKey: ['outcomes', 'fair', fairId],
    refetchInterval: LIVE_INTERVAL_MS,
    refetchIntervalInBackground: false,
    staleTime: 0,
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/fairs/{fairId}/outcomes', { params: { path: { fairId } } });
      if (error) throw Object.assign(new Error(error.title), { status: error.status });
      return data;
    },
  });
}

export function useSeries(series: string | undefined) {
  return useQuery({
    queryKey: ['outcomes', 'series', series],
    enabled: series !== undefined,
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/outcomes/series/{series}', { params: { path: { series: series! } } });
      if (error) throw new Error(error.title);
      return data;
    },
  });
}

/** The fair itself, for its time zone (every role may read fairs). */
export function useFair(fairId: string) {
  return useQuery({
    queryKey: ['fairs', 'one', fairId],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/fairs/{id}', { params: { path: { id: fairId } } });
      if (error) throw Object.assign(new Error(error.title), { status: error.status });
      return data;
    },
  });
}

/**
 * The exhibitor survey's results per round. Its route needs the manager role, as this page does; should
 * a role reach the page without it, the 403 is an answer ("not for you"), not an error to retry or show.
 */
export function useSurveyResults(fairId: string) {
  return useQuery({
    queryKey: ['outcomes', 'survey', fairId],
    queryFn: async (): Promise<{ allowed: true; results: SurveyResults } | { allowed: false }> => {
      const { data, error, response } = await api.GET('/v1/fairs/{fairId}/outcomes/follow-ups', { params: { path: { fairId } } });
      if (response.status === 403) return { allowed: false };
      if (error) throw Object.assign(new Error(error.title), { status: error.status });
      return { allowed: true, results: data };
    },
  });
}

export type ReportFormat = 'xlsx' | 'csv';

/** The report as the API serves it (a blob and the server's Content-Disposition). */
export async function fetchReport(fairId: string, format: ReportFormat): Promise<{ blob: Blob; disposition: string | null } | { status: number }> {
  const options = { params: { path: { fairId } }, parseAs: 'blob' as const };
  const { data, response } =
    format === 'xlsx'
      ? await api.GET('/v1/fairs/{fairId}/outcomes/report.xlsx', options)
      : await api.GET('/v1/fairs/{fairId}/outcomes/report.csv', options);
  if (!response.ok || !data) return { status: response.status };
  return { blob: data, disposition: response.headers.get('content-disposition') };
}
